// Ribbon commands. The Home tab button opens the task pane (ShowTaskpane in the manifest); this page is
// the function file Office loads for commands, and has nothing else to do.
Office.onReady(() => undefined);
