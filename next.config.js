// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time, never bundled: the SQLite driver is a native module;
  // pdf.js (2 MB, with its worker module) runs on the server exactly as it does in the tests.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pdfjs-dist"],
  poweredByHeader: false,
  // Ten sources of up to 500,000 characters each travel in one form post.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
  // The build type-checks the app only; tests are checked by `npm test`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

module.exports = nextConfig;
