// Which Excel JavaScript API the host has. manifest.xml requires ExcelApi 1.7; every member above it is
// used only behind a run-time check (test/addin/api-coverage.test.ts holds the code to that).

/** What Office.context.requirements answers. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The ExcelApi set manifest.xml requires. */
export const MANIFEST_EXCEL_API = "1.7";
