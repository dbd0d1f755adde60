// The compact text the gazetteer is shipped as: one line per unit, its depth first (0 省级, 1 地级, 2 县级),
// and after each county one line (depth 3) with its 乡镇/街道 separated by spaces. A unit's parent is
// the nearest line above it of a smaller depth.

export interface DivisionTree {
  source: string;
  provinces: {
    name: string;
    /** Counties directly under the province (直辖市 districts, 省直辖县级市). */
    counties: CountyNode[];
    cities: { name: string; counties: CountyNode[] }[];
  }[];
}

interface CountyNode {
  name: string;
  towns: string[];
}

export const PROVINCE = 0;
export const PREFECTURE = 1;
export const COUNTY = 2;
export const TOWN = 3;

export function encodeDivisions(tree: DivisionTree): string {
  const lines: string[] = [];
  const county = (c: CountyNode) => {
    lines.push(`${COUNTY}${c.name}`);
    if (c.towns.length) lines.push(`${TOWN}${c.towns.join(" ")}`);
  };
  for (const p of tree.provinces) {
    lines.push(`${PROVINCE}${p.name}`);
    p.counties.forEach(county);
    for (const c of p.cities) {
      lines.push(`${PREFECTURE}${c.name}`);
      c.counties.forEach(county);
    }
  }
  return lines.join("\n");
}

/** Units in file order: name, level and the index of the unit directly above (-1 for a province). */
export interface DivisionTable {
  names: string[];
  levels: number[];
  parents: number[];
}

export function decodeDivisions(data: string): DivisionTable {
  const table: DivisionTable = { names: [], levels: [], parents: [] };
  const stack: number[] = [];
  const add = (name: string, level: number) => {
    while (stack.length && table.levels[stack[stack.length - 1]!]! >= level) stack.pop();
    table.names.push(name);
    table.levels.push(level);
    table.parents.push(stack.length ? stack[stack.length - 1]! : -1);
    return table.names.length - 1;
  };
  for (const line of data.split("\n")) {
    const level = line.charCodeAt(0) - 48;
    if (level === TOWN) {
      const county = stack[stack.length - 1]!;
      for (const name of line.slice(1).split(" ")) {
        table.names.push(name);
        table.levels.push(TOWN);
        table.parents.push(county);
      }
    } else stack.push(add(line.slice(1), level));
  }
  return table;
}
