// Time words: the characters of a written date (2024年1月10日).

export const YEAR_WORD = "年";
