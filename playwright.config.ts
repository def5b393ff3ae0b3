import { defineConfig } from "@playwright/test";
import { APP_PORT as port, DOWN_APP_PORT } from "./e2e/env";

const chromium = process.env.LIAISON_CHROMIUM ?? "/usr/bin/chromium";

// Browser tests run the built app against the test Neo4j that `npm test` starts, in Debian's
// Chromium (Playwright's own browser download is not reachable here).
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: [
    {
      command: `npx next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
    {
      // The same build with a database that is not there: what people see when Neo4j is down.
      command: `npx next start -p ${DOWN_APP_PORT} -H 127.0.0.1`,
      port: DOWN_APP_PORT,
      env: { NEO4J_URI: "bolt://127.0.0.1:9" },
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
