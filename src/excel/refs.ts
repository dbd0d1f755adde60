// Rewriting cell references in plan formulas, for tables whose columns or rows are not where the plan put
// them (a user inserted a column; a row typed by hand moved). Pure.

const REF =
  /('(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?(\$?)([A-Z]{1,3})(\$?)(\d+)?(?::(\$?)([A-Z]{1,3})(\$?)(\d+)?)?(?![\w(])/g;

export type RefMapper = (
  sheet: string | null,
  column: string,
  row: number | null,
) => { sheet?: string | null; column: string; row: number | null };

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/** Applies `map` to every A1 reference (and whole-column reference) outside string literals. */
export function rewriteRefs(formula: string, map: RefMapper): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, k) =>
      k % 2 === 1
        ? part
        : part.replace(
            REF,
            (
              all,
              sheetPart: string | undefined,
              d1: string,
              c1: string,
              d2: string,
              r1: string | undefined,
              d3?: string,
              c2?: string,
              d4?: string,
              r2?: string,
            ) => {
              if (!r1 && !c2) return all; // a bare word such as IF or TRUE, not a reference
              const sheet = sheetPart ? sheetPart.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
              const a = map(sheet, c1, r1 ? Number(r1) : null);
              const prefix = a.sheet === undefined || a.sheet === null ? (sheetPart ?? "") : quoteSheet(a.sheet);
              let out = `${prefix}${d1}${a.column}${d2}${a.row ?? ""}`;
              if (c2) {
                const b = map(sheet, c2, r2 ? Number(r2) : null);
                out += `:${d3 ?? ""}${b.column}${d4 ?? ""}${b.row ?? ""}`;
              }
              return out;
            },
          ),
    )
    .join("");
}
