// In-browser rendering benchmark: 2,000 nodes and 5,000 edges drawn with the explorer's own
// stylesheet and layout options (lib/view) in headless Chromium. Prints first render including
// layout (fcose, draft quality above 1,000 elements), the same with cached positions, and frame
// times while panning and zooming, for the 2D canvas renderer and Cytoscape's WebGL renderer.
//   npx tsx scripts/bench-render.ts [--nodes 2000] [--edges 5000] [--runs 3] [--renderer canvas|webgl|both]
//        [--screenshots DIR]   also saves the last graph fitted (overview) and zoomed in (labels in view)
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { chromium, type Page } from "playwright-core";

const { values } = parseArgs({
  options: {
    nodes: { type: "string", default: "2000" },
    edges: { type: "string", default: "5000" },
    runs: { type: "string", default: "3" },
    renderer: { type: "string", default: "both" },
    screenshots: { type: "string" },
  },
});
const ROOT = process.cwd();

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, "scripts/bench-render/harness.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    alias: { "@": ROOT },
    define: { "process.env.NODE_ENV": '"production"' },
    minify: true,
    logLevel: "error",
  });
  return result.outputFiles[0]!.text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const RUN_TIMEOUT_MS = 240_000;

/** Rejects when a run takes longer than RUN_TIMEOUT_MS (software WebGL can crawl). */
function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no result within ${RUN_TIMEOUT_MS / 1000} s`)),
        RUN_TIMEOUT_MS,
      ),
    ),
  ]);
}

async function main(): Promise<void> {
  const choices: Record<string, boolean[]> = {
    canvas: [false],
    webgl: [true],
    both: [false, true],
  };
  if (!Object.hasOwn(choices, values.renderer)) {
    throw new Error(`--renderer must be canvas, webgl or both, not "${values.renderer}"`);
  }
  const renderers = choices[values.renderer]!;
  const script = await bundle();
  const nodes = Number(values.nodes);
  const edges = Number(values.edges);
  const runs = Number(values.runs);
  for (const webgl of renderers) {
    // A browser per renderer, launched as the app's users get it: the 2D canvas without a GPU
    // (Chromium would otherwise accelerate it on SwiftShader, twice as slow here), WebGL on
    // SwiftShader since this machine has no GPU. A crashed WebGL context stays in its own browser.
    const browser = await chromium.launch({
      executablePath: process.env.LIAISON_CHROMIUM ?? "/usr/bin/chromium",
      args: webgl
        ? [
            "--no-sandbox",
            "--use-angle=swiftshader",
            "--enable-unsafe-swiftshader",
            "--ignore-gpu-blocklist",
          ]
        : ["--no-sandbox", "--disable-gpu"],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(
      '<html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div></body></html>',
    );
    await page.addScriptTag({ content: script });
    console.log(
      `[bench-render] ${webgl ? "WebGL" : "canvas"}: ${nodes} nodes, ${edges} edges, headless Chromium ${browser.version()}, 1280×800, ${runs} runs (medians)`,
    );
    const fresh: {
      first: number;
      layout: number;
      pan: number;
      panP95: number;
      zoom: number;
      zoomP95: number;
    }[] = [];
    const cached: number[] = [];
    const gestures: { drag: number; dragP95: number; wheel: number; wheelP95: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await withTimeout(
        page.evaluate((o) => (window as any).benchRun(o), { nodes, edges, webgl }),
      ).catch((error: Error) => {
        console.log(`${webgl ? "WebGL " : "canvas"}  run failed: ${error.message.split("\n")[0]}`);
        return null;
      });
      if (!r) break;
      // A person's gestures: drag to pan, wheel to zoom, while the page records frame times.
      await page.evaluate(() => (window as any).startFrames());
      await page.mouse.move(640, 400);
      await page.mouse.down();
      for (let step = 0; step < 60; step++)
        await page.mouse.move(640 + 200 * Math.sin(step / 6), 400 + 120 * Math.cos(step / 6));
      await page.mouse.up();
      const drag = await page.evaluate(() => (window as any).stopFrames());
      await page.evaluate(() => (window as any).startFrames());
      for (let step = 0; step < 40; step++) await page.mouse.wheel(0, step < 20 ? -120 : 120);
      await page.waitForTimeout(300);
      const wheel = await page.evaluate(() => (window as any).stopFrames());
      gestures.push({
        drag: drag.medianMs,
        dragP95: drag.p95Ms,
        wheel: wheel.medianMs,
        wheelP95: wheel.p95Ms,
      });
      fresh.push({
        first: r.firstRenderMs,
        layout: r.layoutMs,
        pan: r.pan.medianMs,
        panP95: r.pan.p95Ms,
        zoom: r.zoom.medianMs,
        zoomP95: r.zoom.p95Ms,
      });
      const c = await withTimeout(
        page.evaluate((o) => (window as any).benchRun(o), {
          nodes,
          edges,
          webgl,
          positions: r.positions,
        }),
      );
      cached.push(c.firstRenderMs);
    }
    if (fresh.length === 0) {
      await browser.close();
      continue;
    }
    if (values.screenshots) await screenshots(page, values.screenshots, webgl ? "webgl" : "canvas");
    const m = (k: keyof (typeof fresh)[number]) => median(fresh.map((f) => f[k]));
    console.log(
      `${webgl ? "WebGL " : "canvas"}  first render incl. fcose layout ${m("first")} ms (layout ${m("layout")} ms); ` +
        `with cached positions ${median(cached)} ms; frame while panning median ${m("pan")} ms / p95 ${m("panP95")} ms; ` +
        `zooming median ${m("zoom")} ms / p95 ${m("zoomP95")} ms (programmatic)`,
    );
    const g = (k: keyof (typeof gestures)[number]) => median(gestures.map((x) => x[k]));
    console.log(
      `${webgl ? "WebGL " : "canvas"}  mouse drag-pan frames median ${g("drag")} ms / p95 ${g("dragP95")} ms; ` +
        `wheel-zoom frames median ${g("wheel")} ms / p95 ${g("wheelP95")} ms`,
    );
    await browser.close();
  }
}

/** The last graph fitted to the view, then zoomed in at the centre once its labels have settled. */
async function screenshots(page: Page, dir: string, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [view, zoom] of [
    ["overview", null],
    ["zoomed", 1.2],
  ] as const) {
    await page.evaluate((z) => (window as any).benchView(z), zoom);
    await page.waitForTimeout(600); // labels follow the view 150 ms after it settles
    const file = path.join(dir, `bench-render-${name}-${view}.png`);
    await page.screenshot({ path: file });
    console.log(`[bench-render] screenshot ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(`[bench-render] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
