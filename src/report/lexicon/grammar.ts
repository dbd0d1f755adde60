// Grammar words the record steps read: particles that end or mark a phrase (的 is MODIFIER_MARK of name-words.ts).

/** 了: marks a done action (确保了, 收窄了). */
export const PERFECTIVE = "了";
/** 等: closes a list (《…》等, 小区、机关等) and the things it names. */
export const LIST_END = "等";
/** 有: right before a figure it states what there is (有3条高速). */
export const HAVE = "有";
