/** Where the app under test and the local news site listen (overridable for a focused run beside the suite). */
export const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The local news site that the import flows fetch from (e2e/fixture-server.mjs). */
export const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? PORT + 99);
