// Words of names (how a reader writes what a figure counts). The rest of the language is in lexicon.ts.

/** Words that open an aside inside a name: 新增面积含新增楼宇 → 新增面积; not before a noun they make (含量). */
export const ASIDE_OPENERS: readonly string[] = ["不含", "含", "包括", "包含"];
/** Characters after an aside opener that make it part of a word (含量, 含税, 包括在内). */
export const NOT_ASIDE_AFTER = "量税水金";

/** The mark between a modifier and its noun (巡察反馈的问题). */
export const MODIFIER_MARK = "的";
/** A modifier this short joins its noun without 的 (在册困境儿童); one longer than `kept` is a clause, left out. */
export const MODIFIER_LENGTHS = { joined: 2, kept: 6 } as const;

/** One-character adverbs that never start a name: 已出动340人次 → 出动. */
export const ADVERBS_BEFORE_VERBS = "已";

/** Verbs that join who did something and what was done inside a name (社区举办“百姓微舞台”, 儿童共发放补贴). */
export const INNER_VERB_WORDS: readonly string[] = ["深入开展", "组织开展", "开展", "举办", "发放", "提供"];
/** Verbs of a title won: the title names what is counted (7个居民区获评示范社区 → 示范社区). */
export const TITLE_VERBS: readonly string[] = ["获评"];
/** Prepositions before a count of recipients (为30名残疾人提供就业指导). */
export const RECIPIENT_PREPOSITIONS = "为给向";
