// China's administrative divisions as lookups: units by full name and by short form (西湖 → 西湖区), each
// with its level and the unit directly above it; and the longest unit name ending at an offset of a text.
import { decodeDivisions, type DivisionTable } from "./format.ts";
import { PEOPLES, PLACE_SUFFIXES } from "../report/lexicon/places.ts";
import { WordTrie } from "../report/text.ts";

export { PROVINCE, PREFECTURE, COUNTY, TOWN } from "./format.ts";

const SUFFIXES = WordTrie.suffixes(PLACE_SUFFIXES);
const PEOPLE_RE = new RegExp(`(?:(?:${[...PEOPLES].sort((a, b) => b.length - a.length).join("|")})族?)+$`);

/** A name's suffix (区 of 西湖区, 自治州 of 延边朝鲜族自治州), or "" when it ends in none. */
export function suffixOf(name: string): string {
  return suffixEndingAt(name, name.length);
}

/** The longest suffix written right before offset `end` of a text, or "". */
export function suffixEndingAt(text: string, end: number): string {
  return SUFFIXES.wordAt(text, end);
}

/** The short form a unit is also called by: 西湖区 → 西湖, 延边朝鲜族自治州 → 延边; "" when under two characters. */
export function stemOf(name: string): string {
  const bare = name.slice(0, name.length - suffixOf(name).length);
  const stem = bare.length > 2 ? bare.replace(PEOPLE_RE, "") : bare;
  return stem.length >= 2 ? stem : bare.length >= 2 ? bare : "";
}

export class Gazetteer {
  private readonly table: DivisionTable;
  private readonly byName = new Map<string, number[]>();
  private readonly byStem = new Map<string, number[]>();
  /** By char code, the bit of each final character of the names with a suffix (one of lastChars), or 0. */
  private readonly finalBits = new Uint16Array(65536);
  /** By char code, the bits of the final characters that end such a name right after it: the last two
   * characters of those names, a first gate read with two table lookups. */
  private readonly beforeFinal = new Uint16Array(65536);
  /** Hashes of every ending of those names (路街道, 华路街道, 新华路街道), read backwards: a name is read
   * while it stays one, without a slice; a full name's hash is checked against the name itself. */
  private readonly tails = new IntSet();
  /** Each unit's stem, once asked for. */
  private readonly stems: string[] = [];
  /** The characters those names end with. */
  readonly lastChars: string[];

  constructor(
    data: string,
    readonly source: string,
  ) {
    this.table = decodeDivisions(data);
    const last: string[] = [];
    this.table.names.forEach((name, id) => {
      push(this.byName, name, id);
      const suffix = suffixOf(name);
      if (!suffix || name.length < 2) return;
      const stem = stemOf(name);
      if (stem) push(this.byStem, stem, id);
      const final = name.charCodeAt(name.length - 1);
      if (this.finalBits[final] === 0) {
        if (last.length === 16) throw new Error("more than 16 final characters");
        this.finalBits[final] = 1 << last.length;
        last.push(name[name.length - 1]!);
      }
      this.beforeFinal[name.charCodeAt(name.length - 2)]! |= this.finalBits[final]!;
      let hash = tailHash(tailHash(0, name.charCodeAt(name.length - 1)), name.charCodeAt(name.length - 2));
      for (let k = 3; k <= name.length; k++) this.tails.add((hash = tailHash(hash, name.charCodeAt(name.length - k))));
    });
    this.lastChars = last;
    this.tails.seal();
  }

  get size(): number {
    return this.table.names.length;
  }

  name(id: number): string {
    return this.table.names[id]!;
  }

  /** PROVINCE, PREFECTURE, COUNTY or TOWN. */
  level(id: number): number {
    return this.table.levels[id]!;
  }

  /** The unit directly above, or -1 for a province. */
  parent(id: number): number {
    return this.table.parents[id]!;
  }

  /** The units above `id`, nearest first. */
  ancestors(id: number): number[] {
    const out: number[] = [];
    for (let p = this.parent(id); p >= 0; p = this.parent(p)) out.push(p);
    return out;
  }

  /** The short form the unit is also called by (西湖 for 西湖区), or "". */
  stem(id: number): string {
    return (this.stems[id] ??= stemOf(this.name(id)));
  }

  named(name: string): readonly number[] {
    return this.byName.get(name) ?? [];
  }

  withStem(stem: string): readonly number[] {
    return this.byStem.get(stem) ?? [];
  }

  /** The longest unit name (with a suffix) that ends just before offset `end` of `text`, or "". */
  nameEndingAt(text: string, end: number): string {
    if (end < 2 || end > text.length) return "";
    if ((this.beforeFinal[text.charCodeAt(end - 2)]! & this.finalBits[text.charCodeAt(end - 1)]!) === 0) return "";
    let longest = 0;
    let hash = tailHash(tailHash(0, text.charCodeAt(end - 1)), text.charCodeAt(end - 2));
    for (let k = 3; k <= end && this.tails.has((hash = tailHash(hash, text.charCodeAt(end - k)))); k++) longest = k;
    for (let k = longest; k >= 2; k--) {
      const name = text.slice(end - k, end);
      if (this.byName.has(name)) return name;
    }
    return "";
  }
}

/** A name's ending, one character further back. */
const tailHash = (hash: number, code: number) => (Math.imul(hash, 0x01000193) ^ code) | 0;

/**
 * A set of 32-bit integers in one typed array (open addressing, at most half full): a lookup reads a slot
 * or two, with no boxed keys and no bucket chains. Filled with `add`, then `seal`ed before lookups.
 */
class IntSet {
  private pending: number[] = [];
  private slots = new Int32Array(2);
  private mask = 1;
  /** 32 − log2(slots): the hash's top bits pick the slot (its low bits depend only on the key's low bits). */
  private shift = 31;
  private hasZero = false;

  add(key: number): void {
    this.pending.push(key | 0);
  }

  seal(): void {
    const keys = this.pending;
    let size = 2;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    for (const key of keys) {
      if (key === 0) this.hasZero = true;
      else if (!this.has(key)) this.slots[this.slotOf(key)] = key;
    }
    this.pending = [];
  }

  has(key: number): boolean {
    return key === 0 ? this.hasZero : this.slots[this.slotOf(key)] === key;
  }

  /** The slot holding `key`, or the empty one where it would go. */
  private slotOf(key: number): number {
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & this.mask) {
      const k = this.slots[h]!;
      if (k === key || k === 0) return h;
    }
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
