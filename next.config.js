// Gzip costs the server about a quarter of its throughput on graph answers (bench-api: 355 against
// 261-287 neighbourhood requests/s) and buys nothing on the loopback address Liaison listens on by
// default; turn it on when serving other machines over a slow link without a proxy in front.
const compress = process.env.LIAISON_COMPRESS ?? "0";
if (compress !== "0" && compress !== "1") {
  throw new Error(`LIAISON_COMPRESS must be 0 or 1, not "${compress}"`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The test run builds into its own folder so it never disturbs an app that `npm run up` serves.
  distDir: process.env.LIAISON_DIST_DIR || ".next",
  poweredByHeader: false,
  compress: compress === "1",
  // Queries live in cypher/*.cypher and are read at run time; ship them with every route.
  outputFileTracingIncludes: { "/**": ["./cypher/**/*.cypher", "./data/**/*"] },
  serverExternalPackages: ["neo4j-driver"],
};

module.exports = nextConfig;
