// Types of webpack.config.js, for the test that builds the manifest with it.
import type { Configuration } from "webpack";

declare const makeConfig: (
  env: { url?: string } | undefined,
  options: { mode: "development" | "production" },
) => Promise<Configuration & { plugins: NonNullable<Configuration["plugins"]> }>;
export default makeConfig;
