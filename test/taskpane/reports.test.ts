import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addReports } from "../../src/taskpane/reports.ts";
import type { ParsedReport } from "../../src/workbook/plan.ts";
import { messagesFor } from "../../src/messages/index.ts";

const seed = (id: string) => readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), "utf8");

describe("the pane's list of reports", () => {
  it("adds new texts and skips a text already added under any name", async () => {
    const list: ParsedReport[] = [];
    const first = await addReports(list, [
      { text: "东柳街道全年新增就业岗位300个。", name: "a.txt" },
      { text: "东柳街道全年新增就业岗位300个。", name: "b.txt" },
    ]);
    expect(first.reports.map((r) => r.source)).toEqual(["a.txt"]);
    expect(first.duplicates).toEqual([{ name: "b.txt", existing: "a.txt" }]);
    const steps: number[] = [];
    await addReports(list, [{ text: "东柳街道全年新增就业岗位400个。", name: "c.txt" }], {}, (n) => {
      steps.push(n);
    });
    expect(steps).toEqual([1]);
  });

  it("keeps a report once when its text comes again as a paste (other line breaks and spacing)", async () => {
    const text = seed("003_56b0c7f3c4912e2a");
    const list: ParsedReport[] = [];
    await addReports(list, [{ text, name: "东柳街道2023.txt" }]);
    // What a paste of the same report looks like: CRLF, indented paragraphs, blank lines between them.
    const pasted = text
      .split("\n")
      .map((line) => `  ${line}  `)
      .join("\r\n\r\n");
    const again = await addReports(list, [{ text: pasted, name: "粘贴的文字 1.txt" }]);
    expect(again.reports).toEqual([]);
    expect(again.duplicates).toEqual([{ name: "粘贴的文字 1.txt", existing: "东柳街道2023.txt" }]);
    expect(list).toHaveLength(1);
  });

  it("keeps two different files of the same name, with distinct ids stable across re-adding, and says so", async () => {
    const [one, two] = [seed("003_56b0c7f3c4912e2a"), seed("001_0e7a08fd52921b11")];
    const list: ParsedReport[] = [];
    await addReports(list, [{ text: one, name: "index.html" }]);
    const added = await addReports(list, [{ text: two, name: "index.html" }]);
    expect(list.map((p) => p.report.source)).toEqual(["index.html", "index.html"]);
    const ids = list.map((p) => p.report.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe("index");
    expect(ids[1]).toMatch(/^index-[0-9a-f]{8}$/);
    // Every record id carries its report's id, so no record id is shared either.
    const records = list.flatMap((p) => p.report.indicators.map((r) => r.id));
    expect(new Set(records).size).toBe(records.length);
    expect(list[1]!.report.indicators.every((r) => r.id.startsWith(`${ids[1]}`))).toBe(true);
    expect(added.sameName).toEqual([{ name: "index.html", id: ids[1] }]);
    // The same second file in another session gets the same id.
    const other: ParsedReport[] = [];
    await addReports(other, [
      { text: one, name: "index.html" },
      { text: two, name: "index.html" },
    ]);
    expect(other.map((p) => p.report.id)).toEqual(ids);
    // The note names the file and its id, in both languages.
    for (const lang of ["zh", "en"] as const) {
      const w = messagesFor(lang).pane;
      const note = w.sameName(w.namedAs("index.html", ids[1]!));
      expect(note).toContain("index.html");
      expect(note).toContain(ids[1]);
    }
  });
});
