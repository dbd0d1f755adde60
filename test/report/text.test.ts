import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  CLAUSES,
  CLAUSE_BREAK,
  CUE_WORDS,
  HEADING_GAP,
  SEGMENTS,
  SEGMENT_BREAK,
  SENTENCES,
  SENTENCE_BREAK,
  TextIndex,
  WordTrie,
  normalizeText,
} from "../../src/report/text.ts";
import { ADMIN_LEVELS, QUANTITY_START_CHARS } from "../../src/report/lexicon.ts";

const seedsDir = new URL("../../seeds/", import.meta.url).pathname;
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => normalizeText(readFileSync(join(seedsDir, f), "utf8")));

const offsetsOf = (text: string, chars: Iterable<string>): number[] => {
  const set = new Set(chars);
  return [...text].flatMap((ch, i) => (set.has(ch) ? [i] : []));
};

describe("WordTrie", () => {
  const words = ["达", "达到", "分别达到", "为"];

  it("finds the longest word ending at an offset, as an end-anchored alternation would", () => {
    const trie = WordTrie.suffixes(words);
    const re = /(?:分别达到|达到|达|为)$/;
    for (const s of ["产值分别达到", "产值达到", "产值达", "认为", "增加值", "", "达到了"]) {
      expect(trie.wordAt(s, s.length), s).toBe(re.exec(s)?.[0] ?? "");
    }
    expect(trie.wordAt("分别达到100亿", 4)).toBe("分别达到");
  });

  it("finds the longest word starting at an offset and never reads outside the string", () => {
    const trie = WordTrie.prefixes(["其中", "其", "完成", "完成了"]);
    expect(trie.wordAt("完成了投资", 0)).toBe("完成了");
    expect(trie.wordAt("其中新增", 0)).toBe("其中");
    expect(trie.wordAt("其", 0)).toBe("其");
    expect(trie.wordAt("新增完成", 2)).toBe("完成");
    expect(trie.wordAt("完", 0)).toBe("");
    expect(trie.wordAt("完成", 2)).toBe("");
  });

  it("lists every word at an offset, shortest first, by its place in the list", () => {
    const trie = WordTrie.prefixes(["规上工业增加值", "工业", "规上工业", "规上"]);
    const seen: number[] = [];
    trie.eachAt("规上工业增加值增长", 0, (word) => seen.push(word));
    expect(seen).toEqual([3, 2, 0]);
  });

  it("gives the word an alternation in list order matches at an offset, within an end", () => {
    const list = ["预期", "预期目标", "达到预期", "预"];
    const trie = WordTrie.prefixes(list);
    const re = new RegExp(`^(?:${list.join("|")})`);
    for (const s of ["预期目标是", "预期", "预计", "达到预期", "其他"]) {
      for (let end = 0; end <= s.length; end++) {
        const k = trie.firstListedAt(s, 0, end);
        expect(k < 0 ? "" : list[k], `${s} to ${end}`).toBe(re.exec(s.slice(0, end))?.[0] ?? "");
      }
    }
  });

  it("tells apart words whose first characters share a slot of its first-level table", () => {
    // 区 + 8k: codes equal modulo every table size up to 8, so each lookup probes past the others.
    const firsts = [0, 8, 16, 24, 32].map((k) => String.fromCharCode("区".charCodeAt(0) + k));
    const words = firsts.map((c, k) => c + "甲乙".slice(0, k % 3));
    const trie = WordTrie.prefixes(words);
    words.forEach((w, k) => {
      expect(trie.wordAt(w + "丙", 0)).toBe(w);
      expect(trie.opensAt(firsts[k]!, 0)).toBe(true);
    });
    expect(trie.opensAt(String.fromCharCode("区".charCodeAt(0) + 40), 0)).toBe(false);
  });

  it("reads a long list as an alternation would, at every offset of a seed", () => {
    const text = seeds[0]!;
    const words = [...new Set(text.slice(0, 3000).match(/[\u4e00-\u9fff]{2,4}/g) ?? [])];
    const trie = WordTrie.prefixes(words);
    const re = new RegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`);
    for (let at = 0; at < 3000; at++) expect(trie.wordAt(text, at)).toBe(re.exec(text.slice(at))?.[0] ?? "");
  });
});

describe("TextIndex (one pass over a report)", () => {
  it("lists exactly the offsets a scan per character class finds, on every seed", () => {
    for (const text of seeds) {
      const index = new TextIndex(text);
      // [...text] splits by code point; the seeds are BMP-only, so offsets are code units too.
      expect([...text].length).toBe(text.length);
      expect([...index.numberStarts]).toEqual(offsetsOf(text, QUANTITY_START_CHARS));
      expect([...index.headingGaps]).toEqual(offsetsOf(text, HEADING_GAP));
      expect([...index.cueStarts]).toEqual(
        offsetsOf(
          text,
          CUE_WORDS.map((w) => w[0]!),
        ),
      );
      expect([...index.adminSuffixes]).toEqual(
        offsetsOf(
          text,
          ADMIN_LEVELS.map((l) => l.suffix[0]!),
        ),
      );
    }
  });

  it("answers break lookups as a backward and forward scan would, in any order of lookups", () => {
    const text = seeds[0]!;
    const breaks = new TextIndex(text).breaks;
    const kinds = [
      [SENTENCES, SENTENCE_BREAK],
      [SEGMENTS, SEGMENT_BREAK],
      [CLAUSES, CLAUSE_BREAK],
    ] as const;
    const span = 240;
    const back = (set: ReadonlySet<string>, at: number) => {
      for (let k = at - 1; k >= Math.max(0, at - span); k--) if (set.has(text[k]!)) return k + 1;
      return Math.max(0, at - span);
    };
    const ahead = (set: ReadonlySet<string>, at: number) => {
      for (let k = at; k < Math.min(text.length, at + span); k++) if (set.has(text[k]!)) return k;
      return Math.min(text.length, at + span);
    };
    // Forward through the text, then jumps back and forth: the cursor must not change answers.
    const offsets = [
      ...Array.from({ length: 200 }, (_, k) => Math.floor((k * text.length) / 200)),
      5,
      text.length - 1,
      0,
      1234 % text.length,
    ];
    for (const at of offsets) {
      for (const [kind, set] of kinds) {
        expect(breaks.startBefore(kind, at, span), `back ${kind} @${at}`).toBe(back(set, at));
        expect(breaks.endFrom(kind, at, span, text.length), `ahead ${kind} @${at}`).toBe(ahead(set, at));
      }
    }
  });
});
