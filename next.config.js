// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // The SQLite driver is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Ten sources of up to 500,000 characters each travel in one form post.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
  // The build type-checks the app only; tests are checked by `npm test`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

module.exports = nextConfig;
