// The sample reports, bundled as text (loaded only when asked for).
import s000 from "../../seeds/000_e503b99b59d123f0.txt";
import s001 from "../../seeds/001_0e7a08fd52921b11.txt";
import s002 from "../../seeds/002_0cdd634d9f14d8d9.txt";
import s003 from "../../seeds/003_56b0c7f3c4912e2a.txt";
import s004 from "../../seeds/004_191eb5bed6b7048b.txt";

export const SAMPLES: readonly { name: string; text: string }[] = [
  { name: "000_e503b99b59d123f0.txt", text: s000 },
  { name: "001_0e7a08fd52921b11.txt", text: s001 },
  { name: "002_0cdd634d9f14d8d9.txt", text: s002 },
  { name: "003_56b0c7f3c4912e2a.txt", text: s003 },
  { name: "004_191eb5bed6b7048b.txt", text: s004 },
];
