// Where the pane runs: inside Excel (Office.js loaded and the host is Excel), or standalone in a browser.

export interface Host {
  excel: boolean;
  /** Office's display language, or the browser's. */
  locale: string;
  pivotSupported: boolean;
  /** Office.js was expected but could not be loaded. */
  officeMissing: boolean;
}

const OFFICE_READY_TIMEOUT_MS = 8000;

/** Waits for Office.js (loaded by a script tag that may fail) and tells what the pane can do. */
export async function detectHost(officeScriptFailed: Promise<boolean>): Promise<Host> {
  const browser: Host = { excel: false, locale: navigator.language, pivotSupported: false, officeMissing: false };
  if (await officeScriptFailed) return { ...browser, officeMissing: true };
  if (typeof Office === "undefined") return { ...browser, officeMissing: true };
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (!info || info.host !== Office.HostType.Excel) return browser;
  return {
    excel: true,
    locale: Office.context.displayLanguage || navigator.language,
    pivotSupported: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
    officeMissing: false,
  };
}
