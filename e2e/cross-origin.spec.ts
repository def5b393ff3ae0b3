import http from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, expect, test, type Page, type Response } from "@playwright/test";
import { APP_PORT, APP_URL } from "./env";
import { SCREENSHOTS } from "./pages/explorer-page";
import { rawRequest } from "./raw-http";

// A page on another origin of this machine (a second port, served by a tiny server of this test)
// tries what issue 18 found it could do: write, run a console query, and read through DNS
// rebinding. The same calls from Liaison's own page succeed, so the refusals are the checks at work.

const stamp = `cross-origin ${Date.now()}`;
const ARTICLE = { text: `Steve Witkoff met Kirill Dmitriev in Riyadh. (${stamp})`, title: stamp };

/** What the hostile page runs against `target`; each attempt's outcome as the page could see it. */
function attack(target: string, article: object) {
  const body = JSON.stringify(article);
  const attempt = (p: Promise<globalThis.Response>) =>
    p.then(
      (r) => (r.type === "opaque" ? "opaque" : `${r.status}`),
      () => "blocked",
    );
  return Promise.all([
    // "Simple" requests a page may send anywhere without asking: text/plain, no preflight.
    attempt(
      fetch(`${target}/api/documents`, {
        method: "POST",
        mode: "no-cors",
        headers: { "content-type": "text/plain" },
        body,
      }),
    ),
    attempt(
      fetch(`${target}/api/entities/merge`, {
        method: "POST",
        mode: "no-cors",
        headers: { "content-type": "text/plain" },
        body: '{"fromId":"a","intoId":"b"}',
      }),
    ),
    attempt(
      fetch(`${target}/api/cypher`, {
        method: "POST",
        mode: "no-cors",
        headers: { "content-type": "text/plain" },
        body: '{"query":"RETURN 1 AS hostile"}',
      }),
    ),
    // The same with a JSON body: the browser asks first (preflight) and Liaison never says yes.
    attempt(
      fetch(`${target}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"RETURN 1 AS hostile"}',
      }),
    ),
    // Reading: the answer is not the page's to see.
    attempt(fetch(`${target}/api/documents`)),
  ]);
}

const HOSTILE_PAGE = `<!doctype html><html><head><title>Totally harmless</title></head><body>
<h1>Nothing to see here</h1>
<form id="form" method="POST" action="${APP_URL}/api/documents" enctype="text/plain" target="sink">
  <input type="hidden" name='{"text":"Form-posted article ${stamp}","x":"' value='"}'>
</form><iframe name="sink"></iframe>
<script>window.attack = ${attack.toString()};</script></body></html>`;

let hostile: http.Server;
let hostileOrigin: string;

test.beforeAll(async () => {
  hostile = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(HOSTILE_PAGE);
  });
  await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
  hostileOrigin = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => hostile.close(resolve));
});

/** The newest documents, read by a program (no browser, no Origin). */
async function newestDocuments(): Promise<string> {
  const response = await rawRequest({ path: "/api/documents?limit=5" });
  expect(response.status).toBe(200);
  return response.text;
}

/** Statuses the app answered to this page's POSTs, as the network saw them (no-cors hides them from the page). */
function appPostStatuses(page: Page): Map<string, number> {
  const statuses = new Map<string, number>();
  page.on("response", (response: Response) => {
    const request = response.request();
    if (request.method() === "POST" && response.url().startsWith(APP_URL))
      statuses.set(new URL(response.url()).pathname, response.status());
  });
  return statuses;
}

test.describe("a page on another origin", () => {
  test("can neither write nor run a console query, nor read the answers", async ({ page }) => {
    const before = await newestDocuments();
    const statuses = appPostStatuses(page);
    await page.goto(`${hostileOrigin}/`);
    await expect(page.getByRole("heading", { name: "Nothing to see here" })).toBeVisible();
    const outcomes = await page.evaluate(
      ([target, article]) =>
        (window as unknown as { attack: typeof attack }).attack(
          target as string,
          article as object,
        ),
      [APP_URL, ARTICLE] as const,
    );
    const formAnswer = page.waitForResponse(
      (r) =>
        r.url() === `${APP_URL}/api/documents` &&
        r.request().method() === "POST" &&
        r.request().postData()?.includes("Form-posted") === true,
    );
    await page.locator("#form").evaluate((form: HTMLFormElement) => form.submit());
    expect((await formAnswer).status()).toBe(403);

    // What the page could see: opaque answers, a refused preflight, an unreadable read.
    expect(outcomes).toEqual(["opaque", "opaque", "opaque", "blocked", "blocked"]);
    // What the server did: refused every one of them.
    expect(Object.fromEntries(statuses)).toEqual({
      "/api/documents": 403,
      "/api/entities/merge": 403,
      "/api/cypher": 403,
    });
    expect(await newestDocuments()).toBe(before);
    await page.screenshot({ path: `${SCREENSHOTS}/cross-origin-hostile.png` });
  });

  test("while Liaison's own page does the same calls with a JSON body and gets answers", async ({
    page,
  }) => {
    await page.goto("/console");
    const answer = await page.evaluate(async () => {
      const response = await fetch("/api/cypher", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"RETURN 1 AS own"}',
      });
      return { status: response.status, body: await response.json() };
    });
    expect(answer.status).toBe(200);
    expect(answer.body.rows).toEqual([{ own: 1 }]);
  });

  test("cannot read or write through DNS rebinding: a host name the server does not own is refused", async () => {
    // The browser resolves the attacker's name to this machine, as a rebound DNS answer would.
    const browser = await chromium.launch({
      executablePath: process.env.LIAISON_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--host-resolver-rules=MAP rebind.attacker.test 127.0.0.1",
      ],
    });
    try {
      const page = await browser.newPage();
      const rebound = `http://rebind.attacker.test:${APP_PORT}`;
      // Going there shows no Liaison page.
      const direct = await page.goto(`${rebound}/`);
      expect(direct?.status()).toBe(403);
      await expect(page.locator("body")).toContainText("does not answer to the host name");
      // Script running in that origin (as the attacker's page would once its name points here)
      // reads and writes "its own" origin: every request reaches Liaison with the foreign Host.
      const seen = await page.evaluate(async () => {
        const read = async (path: string, init?: RequestInit) => {
          const response = await fetch(path, init);
          return { status: response.status, text: await response.text() };
        };
        return {
          documents: await read("/api/documents"),
          health: await read("/api/health"),
          documentPage: await read("/documents"),
          console: await read("/api/cypher", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: '{"query":"RETURN 1"}',
          }),
          write: await read("/api/documents", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: '{"text":"rebound"}',
          }),
        };
      });
      for (const [what, { status, text }] of Object.entries(seen)) {
        expect(status, what).toBe(403);
        expect(JSON.parse(text).error.code, what).toBe("forbidden");
      }
      // The same requests with the server's own name work (the test is not refusing everything).
      expect((await rawRequest({ path: "/api/health" })).status).toBe(200);
    } finally {
      await browser.close();
    }
  });
});
