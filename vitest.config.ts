import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    // The engine and its indexes are built once per file; files run in parallel on 2 cores.
    pool: "forks",
  },
});
