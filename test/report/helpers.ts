import { parseReport, type Indicator } from "../../src/report/index.ts";

/** Parses one passage (as a review section unless the text says otherwise) and returns its records. */
export function recordsOf(text: string): Indicator[] {
  return parseReport(text, { source: "t.txt" }).indicators;
}

export function one(text: string, quote: string): Indicator {
  const found = recordsOf(text).filter((r) => r.quote === quote);
  if (found.length !== 1)
    throw new Error(
      `expected one record quoted ${quote}, got ${found.length}: ${JSON.stringify(recordsOf(text).map((r) => r.quote))}`,
    );
  return found[0]!;
}

export function quotes(text: string): string[] {
  return recordsOf(text).map((r) => r.quote);
}
