// Charts for an exceljs package, which cannot make them: one DrawingML chart part per chart (ECMA-376 Part 1,
// §21.2), one drawing part per sheet anchoring them to cells (§20.5), with their relationships and content types.
import type { ChartPlan, ChartSeriesPlan } from "../workbook/charts.ts";
import type { SheetPlan } from "../workbook/types.ts";
import { NS_REL, type PackageParts } from "./parts.ts";
import { insertChild, WORKSHEET_CHILDREN } from "./sequence.ts";
import { el, text, xmlDocument, type Markup } from "./xml.ts";

const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_DRAWING_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL = { drawing: `${NS_REL}/drawing`, chart: `${NS_REL}/chart` };
const CONTENT = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const CATEGORY_AXIS = 1;
const VALUE_AXIS = 2;
/** Series colours: Office's accent 1, 2 and 6 (blue, orange, green), distinct in grey print too. */
const SERIES_COLORS = ["4472C4", "ED7D31", "70AD47", "A5A5A5", "FFC000"];

const val = (name: string, v: string | number | boolean) => el(name, { val: v });

function richText(s: string, size?: number): Markup {
  return el(
    "c:rich",
    {},
    el("a:bodyPr"),
    el("a:lstStyle"),
    el(
      "a:p",
      {},
      el("a:pPr", {}, el("a:defRPr", { sz: size, b: size ? true : undefined })),
      el("a:r", {}, el("a:rPr", { lang: "zh-CN", sz: size }), el("a:t", {}, text(s))),
    ),
  );
}

function titleXml(s: string): Markup {
  return el("c:title", {}, el("c:tx", {}, richText(s, 1200)), val("c:overlay", false));
}

function strCache(items: readonly string[]): Markup {
  return el(
    "c:strCache",
    {},
    val("c:ptCount", items.length),
    items.map((v, idx) => el("c:pt", { idx }, el("c:v", {}, text(v)))),
  );
}

function numCache(values: readonly (number | null)[]): Markup {
  return el(
    "c:numCache",
    {},
    el("c:formatCode", {}, text("General")),
    val("c:ptCount", values.length),
    values.flatMap((v, idx) => (v === null ? [] : [el("c:pt", { idx }, el("c:v", {}, text(String(v))))])),
  );
}

function fill(color: string, kind: ChartPlan["kind"]): Markup {
  const solid = el("a:solidFill", {}, el("a:srgbClr", { val: color }));
  return kind === "line"
    ? el("c:spPr", {}, el("a:ln", { w: 28575, cap: "rnd" }, solid, el("a:round")))
    : el("c:spPr", {}, solid);
}

function seriesXml(s: ChartSeriesPlan, i: number, kind: ChartPlan["kind"]): Markup {
  const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
  const cat = el("c:cat", {}, el("c:strRef", {}, el("c:f", {}, text(s.categories)), strCache(s.categoryCache)));
  const values = el("c:val", {}, el("c:numRef", {}, el("c:f", {}, text(s.values)), numCache(s.valueCache)));
  const head = [val("c:idx", i), val("c:order", i), el("c:tx", {}, el("c:v", {}, text(s.name))), fill(color, kind)];
  if (kind === "line")
    return el(
      "c:ser",
      {},
      head,
      el(
        "c:marker",
        {},
        val("c:symbol", "circle"),
        val("c:size", 6),
        el("c:spPr", {}, el("a:solidFill", {}, el("a:srgbClr", { val: color }))),
      ),
      cat,
      values,
      val("c:smooth", false),
    );
  return el("c:ser", {}, head, val("c:invertIfNegative", false), cat, values);
}

function plotXml(chart: ChartPlan): Markup {
  const series = chart.series.map((s, i) => seriesXml(s, i, chart.kind));
  const axes = [val("c:axId", CATEGORY_AXIS), val("c:axId", VALUE_AXIS)];
  if (chart.kind === "line")
    return el(
      "c:lineChart",
      {},
      val("c:grouping", "standard"),
      val("c:varyColors", false),
      series,
      val("c:marker", true),
      axes,
    );
  return el(
    "c:barChart",
    {},
    val("c:barDir", chart.kind === "bar" ? "bar" : "col"),
    val("c:grouping", "clustered"),
    val("c:varyColors", false),
    series,
    val("c:gapWidth", 80),
    axes,
  );
}

function axesXml(chart: ChartPlan): Markup[] {
  const horizontal = chart.kind === "bar";
  const common = (id: number, position: string, deleted = false) => [
    val("c:axId", id),
    el("c:scaling", {}, val("c:orientation", horizontal && id === CATEGORY_AXIS ? "maxMin" : "minMax")),
    val("c:delete", deleted),
    val("c:axPos", position),
  ];
  return [
    el(
      "c:catAx",
      {},
      common(CATEGORY_AXIS, horizontal ? "l" : "b"),
      el("c:numFmt", { formatCode: "General", sourceLinked: true }),
      val("c:majorTickMark", "out"),
      val("c:minorTickMark", "none"),
      val("c:tickLblPos", "low"),
      val("c:crossAx", VALUE_AXIS),
      val("c:crosses", "autoZero"),
      val("c:auto", true),
      val("c:lblAlgn", "ctr"),
      val("c:lblOffset", 100),
      val("c:noMultiLvlLbl", false),
    ),
    el(
      "c:valAx",
      {},
      common(VALUE_AXIS, horizontal ? "b" : "l"),
      el(
        "c:majorGridlines",
        {},
        el("c:spPr", {}, el("a:ln", {}, el("a:solidFill", {}, el("a:srgbClr", { val: "D9D9D9" })))),
      ),
      el("c:numFmt", { formatCode: chart.numFmt, sourceLinked: false }),
      val("c:majorTickMark", "out"),
      val("c:minorTickMark", "none"),
      val("c:tickLblPos", "nextTo"),
      val("c:crossAx", CATEGORY_AXIS),
      val("c:crosses", horizontal ? "max" : "autoZero"),
      val("c:crossBetween", "between"),
    ),
  ];
}

/** The chart part (c:chartSpace) of one planned chart. */
export function chartXml(chart: ChartPlan): Markup {
  return el(
    "c:chartSpace",
    { "xmlns:c": NS_CHART, "xmlns:a": NS_DRAWING_MAIN, "xmlns:r": NS_REL },
    val("c:roundedCorners", false),
    el(
      "c:chart",
      {},
      titleXml(chart.title),
      val("c:autoTitleDeleted", false),
      el("c:plotArea", {}, el("c:layout"), plotXml(chart), axesXml(chart)),
      el("c:legend", {}, val("c:legendPos", "b"), val("c:overlay", false)),
      val("c:plotVisOnly", true),
      val("c:dispBlanksAs", "gap"),
    ),
  );
}

function anchorXml(chart: ChartPlan, id: number, relId: string): Markup {
  const { col, row, cols, rows } = chart.anchor;
  const corner = (name: string, c: number, r: number) =>
    el(
      name,
      {},
      el("xdr:col", {}, text(String(c))),
      el("xdr:colOff", {}, text("0")),
      el("xdr:row", {}, text(String(r))),
      el("xdr:rowOff", {}, text("0")),
    );
  return el(
    "xdr:twoCellAnchor",
    {},
    corner("xdr:from", col, row),
    corner("xdr:to", col + cols, row + rows),
    el(
      "xdr:graphicFrame",
      { macro: "" },
      el("xdr:nvGraphicFramePr", {}, el("xdr:cNvPr", { id: id + 1, name: chart.name }), el("xdr:cNvGraphicFramePr")),
      el("xdr:xfrm", {}, el("a:off", { x: 0, y: 0 }), el("a:ext", { cx: 0, cy: 0 })),
      el(
        "a:graphic",
        {},
        el(
          "a:graphicData",
          { uri: NS_CHART },
          el("c:chart", { "xmlns:c": NS_CHART, "xmlns:r": NS_REL, "r:id": relId }),
        ),
      ),
    ),
    el("xdr:clientData"),
  );
}

/** Adds each sheet's planned charts: chart parts, the sheet's drawing part, and the sheet's <drawing>. */
export function addCharts(parts: PackageParts, sheets: readonly SheetPlan[]): void {
  for (const sheet of sheets) {
    if (!sheet.charts?.length) continue;
    const drawing = parts.freePath((n) => `xl/drawings/drawing${n}.xml`);
    const anchors = sheet.charts.map((chart, i) => {
      const path = parts.freePath((n) => `xl/charts/chart${n}.xml`);
      parts.add(path, CONTENT.chart, xmlDocument(chartXml(chart)));
      return anchorXml(chart, i + 1, parts.relate(drawing, REL.chart, path));
    });
    parts.add(
      drawing,
      CONTENT.drawing,
      xmlDocument(el("xdr:wsDr", { "xmlns:xdr": NS_SPREADSHEET_DRAWING, "xmlns:a": NS_DRAWING_MAIN }, anchors)),
    );
    const sheetPart = parts.sheetPart(sheet.name);
    const xml = parts.text(sheetPart);
    if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) throw new Error(`${sheetPart} declares no relationships namespace`);
    const id = parts.relate(sheetPart, REL.drawing, drawing);
    parts.write(sheetPart, insertChild(xml, "worksheet", "drawing", el("drawing", { "r:id": id }), WORKSHEET_CHILDREN));
  }
}
