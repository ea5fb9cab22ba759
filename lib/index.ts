/**
 * The public face of the analysis core: the app, the CLI and the benchmarks import only this.
 */
export { analyze } from "./analyze";
export { quoteFinder } from "./overrides";
export { tokenize } from "./tokenize";
export type { Token } from "./tokenize";
export { ENGINE_VERSION, MAX_SOURCE_CHARS, MAX_SOURCES } from "./limits";
export { SEVERITIES, severityRank } from "./severity";
export { sourceInputSchema, sourcesSchema } from "./schema";
export type * from "./types";
