// In-browser rendering benchmark: 2,000 nodes and 5,000 edges drawn with the explorer's own
// stylesheet and layout options (lib/view) in headless Chromium. Prints first render including
// layout (fcose, draft quality above 1,000 elements), the same with cached positions, and frame
// times while panning and zooming, for the 2D canvas renderer and Cytoscape's WebGL renderer.
//   npx tsx scripts/bench-render.ts [--nodes 2000] [--edges 5000] [--runs 3]
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const { values } = parseArgs({
  options: { nodes: { type: "string", default: "2000" }, edges: { type: "string", default: "5000" }, runs: { type: "string", default: "3" } },
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

async function main(): Promise<void> {
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath: process.env.LIAISON_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent('<html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div></body></html>');
  await page.addScriptTag({ content: script });
  const nodes = Number(values.nodes);
  const edges = Number(values.edges);
  const runs = Number(values.runs);
  console.log(`[bench-render] ${nodes} nodes, ${edges} edges, headless Chromium ${browser.version()}, 1280×800, ${runs} runs each (medians)`);
  for (const webgl of [false, true]) {
    const fresh: { first: number; layout: number; pan: number; panP95: number; zoom: number; zoomP95: number }[] = [];
    const cached: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate((o) => (window as any).benchRun(o), { nodes, edges, webgl });
      fresh.push({ first: r.firstRenderMs, layout: r.layoutMs, pan: r.pan.medianMs, panP95: r.pan.p95Ms, zoom: r.zoom.medianMs, zoomP95: r.zoom.p95Ms });
      const c = await page.evaluate((o) => (window as any).benchRun(o), { nodes, edges, webgl, positions: r.positions });
      cached.push(c.firstRenderMs);
    }
    const m = (k: keyof (typeof fresh)[number]) => median(fresh.map((f) => f[k]));
    console.log(
      `${webgl ? "WebGL " : "canvas"}  first render incl. fcose layout ${m("first")} ms (layout ${m("layout")} ms); ` +
        `with cached positions ${median(cached)} ms; frame while panning median ${m("pan")} ms / p95 ${m("panP95")} ms; ` +
        `zooming median ${m("zoom")} ms / p95 ${m("zoomP95")} ms`,
    );
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(`[bench-render] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
