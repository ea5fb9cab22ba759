/** Version of the engine's output; bump when the same input may analyse differently. */
export const ENGINE_VERSION = "1.1.0";

/** Longest source text accepted, in UTF-16 code units (about 80,000 words). */
export const MAX_SOURCE_CHARS = 500_000;

/** Most sources in one analysis. */
export const MAX_SOURCES = 10;
