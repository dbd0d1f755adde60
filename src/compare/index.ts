// Goals vs results (pure): which actual, if any, answers each target. Used by the workbook plan (目标对比)
// and by anything that lines up one indicator across years.
export { pairGoals, figuresOf, refusalOf, nameSimilarity, NAME_SIMILARITY_THRESHOLD, MAX_LEVEL_RATIO } from "./pair.ts";
export type { Figure, GoalPair, PairBasis, PairOptions, Refusal } from "./pair.ts";
export {
  builtInSynonyms,
  identify,
  identityOf,
  leadIn,
  spansYears,
  standardUnit,
  Synonyms,
  synonymsFor,
} from "./identity.ts";
export type { Identity, SynonymTable } from "./identity.ts";
export { applyCorrections } from "./corrections.ts";
export type { Correction, CorrectionField, Corrected } from "./corrections.ts";
export { reportedResults } from "./results.ts";
export type { ReportedResult } from "./results.ts";
