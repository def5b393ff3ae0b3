/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Queries live in cypher/*.cypher and are read at run time; ship them with every route.
  outputFileTracingIncludes: { "/**": ["./cypher/**/*.cypher", "./data/**/*"] },
  serverExternalPackages: ["neo4j-driver"],
};

module.exports = nextConfig;
