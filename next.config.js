/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The test run builds into its own folder so it never disturbs an app that `npm run up` serves.
  distDir: process.env.LIAISON_DIST_DIR || ".next",
  poweredByHeader: false,
  // Queries live in cypher/*.cypher and are read at run time; ship them with every route.
  outputFileTracingIncludes: { "/**": ["./cypher/**/*.cypher", "./data/**/*"] },
  serverExternalPackages: ["neo4j-driver"],
};

module.exports = nextConfig;
