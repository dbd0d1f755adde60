import { describe, expect, it } from "vitest";
import { addReports } from "../../src/taskpane/reports.ts";
import type { ParsedReport } from "../../src/workbook/plan.ts";

describe("the pane's list of reports", () => {
  it("adds new texts, skips a text already added under any name, and replaces a report of the same name", async () => {
    const list: ParsedReport[] = [];
    const first = await addReports(list, [
      { text: "东柳街道全年新增就业岗位300个。", name: "a.txt" },
      { text: "东柳街道全年新增就业岗位300个。", name: "b.txt" },
    ]);
    expect(first.reports.map((r) => r.source)).toEqual(["a.txt"]);
    expect(first.duplicates).toEqual([{ name: "b.txt", existing: "a.txt" }]);
    const steps: number[] = [];
    const second = await addReports(list, [{ text: "东柳街道全年新增就业岗位400个。", name: "a.txt" }], {}, (n) => {
      steps.push(n);
    });
    expect(second.replaced).toEqual(["a.txt"]);
    expect(steps).toEqual([1]);
    expect(list.map((p) => p.report.indicators[0]!.value)).toEqual([400]);
  });
});
