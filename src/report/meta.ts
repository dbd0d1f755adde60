// Report metadata: title, reporting body and the level above it, years, publication date.
import type { ReportMeta, Section, SectionRole } from "./types.ts";
import { WordTrie, charTable, isHanAt, type TextIndex } from "./text.ts";
import { roleOfTitle, yearOf } from "./sections.ts";
import { ADMIN_LEVELS } from "./lexicon.ts";

const HEADER_SPAN = 400;
const TITLE_WORDS = [
  "工作总结",
  "工作计划",
  "工作报告",
  "工作思路",
  "工作要点",
  "工作回顾",
  "工作打算",
  "工作安排",
  "工作情况",
];

/** Bit l: the character makes level l's word generic. */
const GENERIC_ENDS = charTable(...ADMIN_LEVELS.map((l) => l.generic));
/** The suffixes; a word's index is its level's index in ADMIN_LEVELS. */
const SUFFIXES = WordTrie.prefixes(ADMIN_LEVELS.map((l) => l.suffix));
const NAME_STOP = new Set([..."的在和与了是对为把从向及等中上下其这那该各全本我你他她它们之以于被让给到委府"]);

interface AdminName {
  name: string;
  level: number;
  count: number;
  firstAt: number;
  /** Written as a government at least once: 秀洲区行政…, 长宁区人民政府, 南通市崇川区, 城南区第十八届人大. */
  official: boolean;
}

/** What only a government's own name is followed by. */
const GOVERNMENT_AFTER = /^(?:人民政府|政府|人民代表大会|人大|政协|委员会|第[一二三四五六七八九十]{1,3}届)/;
const governmentAfter = (text: string, end: number) =>
  "人政第委".includes(text[end] ?? "-") && GOVERNMENT_AFTER.test(text.slice(end, end + 8));

/** Also after a year: 南湖区2022年政府工作报告. */
const OFFICIAL_AFTER =
  /^(?:(?:19|20)\d\d年度?)?(?:委|政府|人民|人大|政协|第|行政|级|发改|财政|统计|消防|公安|教育|卫健|民政|司法|党|办事处|街道|镇)/;

/** Names such as 新城街道, 秀洲区, 南通市, counted, with the best-supported length for each mention. */
export function findAdminNames(text: string, index: TextIndex): AdminName[] {
  const mentions: { end: number; level: number; variants: string[] }[] = [];
  const counts = new Map<string, number>();
  // Where each level's suffix stands, from the index's first characters.
  const suffixAt: number[][] = ADMIN_LEVELS.map(() => []);
  for (const p of index.adminSuffixes) {
    SUFFIXES.eachAt(text, p, (l) => suffixAt[l]!.push(p));
  }
  for (const [l, { suffix, level }] of ADMIN_LEVELS.entries()) {
    for (const p of suffixAt[l]!) {
      const variants: string[] = [];
      const end = p + suffix.length;
      // 城区, 全区 are words; 新城区人民政府 and 东城区第十七届人民代表大会 are names all the same.
      const generic = (GENERIC_ENDS[text.charCodeAt(p - 1)]! & (1 << l)) !== 0 && !governmentAfter(text, end);
      if (p > 0 && !generic && !(suffix === "区" && text[end] === "域")) {
        for (let k = 2; k <= 4 && p - k >= 0; k++) {
          // Each longer variant adds one character in front: 和平乡, 中和街道 — a stop character may open a
          // two-character name, never stand inside a longer one.
          const c = text[p - k]!;
          const inner = text[p - k + 1]!;
          if (!isHanAt(text, p - k) || (k > 2 && NAME_STOP.has(inner))) break;
          if (k === 2 && (!isHanAt(text, p - k + 1) || NAME_STOP.has(inner))) break;
          if (NAME_STOP.has(c) && k > 2) break;
          variants.push(text.slice(p - k, p) + suffix);
        }
      }
      if (variants.length) {
        mentions.push({ end, level, variants });
        for (const v of variants) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    }
  }
  const chosen = new Map<string, AdminName>();
  for (const m of mentions) {
    const base = counts.get(m.variants[0]!)!;
    let best = m.variants[0]!;
    for (const v of m.variants.slice(1)) if (counts.get(v)! >= Math.max(2, base * 0.6)) best = v;
    // A longer variant that only ever occurs once is a phrase, not a name (…在新城街道).
    const start = m.end - best.length;
    const entry = chosen.get(best) ?? { name: best, level: m.level, count: 0, firstAt: start, official: false };
    entry.count++;
    const end = m.end;
    if (m.level === 3 || OFFICIAL_AFTER.test(text.slice(end, end + 10)) || "省市区县".includes(text[start - 1] ?? "-"))
      entry.official = true;
    chosen.set(best, entry);
  }
  return [...chosen.values()].filter((n) => n.official);
}

export function findTitle(text: string): string | null {
  const head = text.slice(0, HEADER_SPAN * 2);
  for (const raw of head.split(/\n|\|/)) {
    const line = raw.trim();
    if (line.length >= 6 && line.length <= 60 && TITLE_WORDS.some((w) => line.includes(w))) return line;
  }
  return null;
}

/** Portals print the date in the page's header or footer. */
const DATE_SPAN = 3000;

export function findPublished(text: string): string | null {
  const ends = text.length > 2 * DATE_SPAN ? text.slice(0, DATE_SPAN) + "\n" + text.slice(-DATE_SPAN) : text;
  const m =
    /(?:发布|成文|生成|发文|印发)(?:时间|日期)[^\d\n]{0,6}((?:19|20)\d\d)[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})/.exec(
      ends,
    ) ??
    // A speech's date line: ——2024年1月10日在…人民代表大会…上
    /(?:^|\n)[—\-\s]*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日在/.exec(text.slice(0, HEADER_SPAN));
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
}

/** Years a title assigns: 2023年工作总结和2024年工作思路 → review 2023, plan 2024. */
function titleYears(title: string | null): { review: number | null; plan: number | null } {
  const out = { review: null as number | null, plan: null as number | null };
  if (!title) return out;
  const re = /((?:19|20)\d\d|[零一二三四五六七八九]{4})年度?([^\d]{0,8})/g;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    const year = yearOf(`${m[1]}年`);
    const role = roleOfTitle(m[2]!);
    if (year === null) continue;
    if (role === "review" && out.review === null) out.review = year;
    if (role === "plan" && out.plan === null) out.plan = year;
  }
  // 2024年政府工作报告 is given early in 2024: it reports on 2023 and sets the goals of 2024.
  const speech = /((?:19|20)\d\d)年政府工作报告/.exec(title);
  if (speech && out.review === null && out.plan === null) {
    out.plan = Number(speech[1]);
    out.review = out.plan - 1;
  }
  return out;
}

function pickBody(names: AdminName[], title: string | null): AdminName | null {
  const inHeader = names.filter((n) => n.firstAt < HEADER_SPAN || (title !== null && title.includes(n.name)));
  const pool = inHeader.length ? inHeader : names.filter((n) => n.count >= 2);
  if (!pool.length) return null;
  return [...pool].sort((a, b) => b.level - a.level || b.count - a.count || a.firstAt - b.firstAt)[0]!;
}

function pickParent(text: string, names: AdminName[], body: AdminName | null): AdminName | null {
  if (!body) return null;
  const above = names.filter((n) => n.level === body.level - 1 && n.name !== body.name);
  if (!above.length) return null;
  // A name written right before the body (崇川区秦灶街道, 长宁区人民政府新华路街道) wins; else the most frequent.
  const adjacent = above.filter((n) => {
    const re = new RegExp(`${n.name}(?:人民政府)?${body.name}`);
    return re.test(text);
  });
  const pool = adjacent.length ? adjacent : above.filter((n) => n.count >= 2);
  if (!pool.length) return null;
  return [...pool].sort((a, b) => b.count - a.count || a.firstAt - b.firstAt)[0]!;
}

export function findMeta(
  text: string,
  index: TextIndex,
  sections: readonly Section[],
  hasRole: (role: SectionRole) => boolean,
): ReportMeta {
  const title = findTitle(text);
  const names = findAdminNames(text, index);
  const body = pickBody(names, title);
  const parent = pickParent(text, names, body);
  const published = findPublished(text);
  const fromTitle = titleYears(title);
  const yearOfRole = (role: SectionRole): number | null =>
    sections.find((s) => s.level === 1 && s.role === role && s.year !== null)?.year ?? null;
  let reviewYear = yearOfRole("review") ?? fromTitle.review;
  let planYear = yearOfRole("plan") ?? fromTitle.plan;
  const hasReview = hasRole("review");
  const hasPlan = hasRole("plan");
  if (reviewYear === null && hasReview) {
    if (planYear !== null) reviewYear = planYear - 1;
    else if (published) reviewYear = Number(published.slice(0, 4)) - (Number(published.slice(5, 7)) <= 6 ? 1 : 0);
  }
  if (planYear === null && hasPlan && reviewYear !== null) planYear = reviewYear + 1;
  return { title, body: body?.name ?? null, parent: parent?.name ?? null, reviewYear, planYear, published };
}
