import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Unit tests: pure code, no database. Database tests live in *.db.test.ts (vitest.db.config.ts).
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: [
      "lib/**/*.test.ts",
      "scripts/**/*.test.ts",
      "app/**/*.test.ts",
      "components/**/*.test.ts",
    ],
    exclude: ["**/*.db.test.ts", "node_modules/**"],
    environment: "node",
  },
});
