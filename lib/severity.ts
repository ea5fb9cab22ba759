import type { Severity } from "./types";

/** Severities from the gravest down: the order of every list, count and report. */
export const SEVERITIES: readonly Severity[] = ["critical", "major", "minor", "cosmetic", "info"];

/** A severity's place in that order (critical 0 … info 4), for sorting. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
