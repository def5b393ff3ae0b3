import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Database tests: *.db.test.ts against the real Neo4j that `npm test` starts (NEO4J_URI).
// They share one database, so files run one after another.
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["lib/**/*.db.test.ts", "app/**/*.db.test.ts", "scripts/**/*.db.test.ts"],
    environment: "node",
    globalSetup: ["scripts/test/db-global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
