import { defineConfig } from "vitest/config";

const shared = { testTimeout: 60_000, hookTimeout: 120_000 };
/** Tests that load the machine for minutes run after the others, so timing tests are not measured beside them. */
const ALONE = ["test/excel/scale.test.ts"];

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: "unit", include: ["test/**/*.test.ts"], exclude: ALONE } },
      { test: { ...shared, name: "scale", include: ALONE, sequence: { groupOrder: 1 } } },
    ],
  },
});
