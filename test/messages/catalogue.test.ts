// The message catalogue: every message exists in both languages, and the English ones are English.
import { describe, expect, it } from "vitest";
import { messagesFor, reasonText, warningText } from "../../src/messages/index.ts";
import { reasonPhrase } from "../../src/messages/reasons.ts";
import { REASON_CODES, type WarningCode } from "../../src/report/index.ts";

const HAN = /\p{Script=Han}/u;
/** Messages that name Chinese things on purpose, even in English. */
const NAMED_IN_CHINESE = new Set(["pane.title"]);

/** Every message as text: functions called with placeholder arguments. */
function flatten(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") out.set(path, String(value(...Array.from({ length: value.length }, () => 7))));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe("message catalogue", () => {
  const { lang: _zl, warning: _zw, reasons: _zr, ...zh } = messagesFor("zh");
  const { lang: _el, warning: _ew, reasons: _er, ...en } = messagesFor("en");
  const zhTexts = flatten(zh, "", new Map());
  const enTexts = flatten(en, "", new Map());

  it("has the same messages in Chinese and English", () => {
    expect([...enTexts.keys()].sort()).toEqual([...zhTexts.keys()].sort());
    expect(zhTexts.size).toBeGreaterThan(100);
  });

  it("has no Chinese in the English messages", () => {
    const chinese = [...enTexts].filter(([k, v]) => HAN.test(v) && !NAMED_IN_CHINESE.has(k)).map(([k]) => k);
    expect(chinese).toEqual([]);
  });

  it("says every parser warning in both languages", () => {
    const codes: WarningCode[] = ["empty", "garbled", "no-figures", "no-body"];
    for (const code of codes) {
      expect(warningText({ code }, "zh")).toMatch(HAN);
      expect(warningText({ code }, "en")).not.toMatch(HAN);
    }
  });

  it("says every reason code (依据) in both languages, the cue word quoted as written", () => {
    expect(REASON_CODES.length).toBeGreaterThan(10);
    for (const code of REASON_CODES) {
      for (const lang of ["zh", "en"] as const) {
        const bare = reasonPhrase({ code }, lang);
        expect(bare, `${lang} ${code}`).not.toBe("");
        expect(reasonPhrase({ code, word: "力争" }, lang), `${lang} ${code}`).toMatch(/^.+“力争”$|^[^“”]+$/);
      }
      expect(reasonPhrase({ code }, "zh"), code).toMatch(HAN);
      expect(reasonPhrase({ code }, "en"), code).not.toMatch(HAN);
    }
    const why = [{ code: "cue-target", word: "力争" }, { code: "year-plan" }] as const;
    expect(reasonText(why, "zh")).toBe("目标词“力争”；计划年");
    expect(reasonText(why, "en")).toBe("target word “力争”; plan year");
  });
});
