// The gazetteer, loaded once: `loadGazetteer()` imports the compiled divisions on first use (in the task
// pane a chunk of its own, fetched only when a report is parsed).
import { Gazetteer } from "./gazetteer.ts";

export { Gazetteer, stemOf, suffixOf, PROVINCE, PREFECTURE, COUNTY, TOWN } from "./gazetteer.ts";

let loading: Promise<Gazetteer> | null = null;

export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= import(/* webpackChunkName: "gazetteer" */ "./divisions.ts").then(
    (m) => new Gazetteer(m.DIVISIONS, m.DIVISIONS_SOURCE),
  );
  return loading;
}
