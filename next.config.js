// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // The SQLite driver is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
};

module.exports = nextConfig;
