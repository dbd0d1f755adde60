// The sample reports, bundled as text (loaded only when asked for); the pane names them by body and years.
import s000 from "../../seeds/000_e503b99b59d123f0.txt";
import s001 from "../../seeds/001_0e7a08fd52921b11.txt";
import s002 from "../../seeds/002_0cdd634d9f14d8d9.txt";
import s003 from "../../seeds/003_56b0c7f3c4912e2a.txt";
import s004 from "../../seeds/004_191eb5bed6b7048b.txt";

export const SAMPLES: readonly string[] = [s000, s001, s002, s003, s004];
