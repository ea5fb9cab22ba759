/**
 * Dates shown the same on the server and in the browser (no local time zone), so that
 * hydration never sees two renderings of one instant.
 */

/** "2026-10-14" from an ISO timestamp or date. */
export function formatDate(iso: string): string {
  return iso.slice(0, 10);
}

/** "2026-10-14 21:05 UTC" from an ISO timestamp. */
export function formatDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
