import { SEVERITIES } from "@/lib/severity";
import type { Severity } from "@/lib/types";

export { SEVERITIES };

export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: "Critical",
  major: "Major",
  minor: "Minor",
  cosmetic: "Cosmetic",
  info: "Info",
};

// A distinct shape per severity, so that the colour is never the only cue besides the text.
const ICON: Record<Severity, string> = { critical: "■", major: "▲", minor: "●", cosmetic: "○", info: "ℹ" };

const TEXT: Record<Severity, string> = {
  critical: "text-critical",
  major: "text-major",
  minor: "text-minor",
  cosmetic: "text-cosmetic",
  info: "text-info",
};

const TONE: Record<Severity, string> = {
  critical: "border-critical text-critical",
  major: "border-major text-major",
  minor: "border-minor text-minor",
  cosmetic: "border-cosmetic text-cosmetic",
  info: "border-info text-info",
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span aria-hidden="true" className={TEXT[severity]}>
      {ICON[severity]}
    </span>
  );
}

/** "3 critical" with its icon, muted when there are none. */
export function SeverityCount({ severity, count }: { severity: Severity; count: number }) {
  const tone = count > 0 ? TONE[severity] : "border-gray-300 text-gray-500";
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${tone}`}>
      <span aria-hidden="true">{ICON[severity]}</span>
      {count} {severity}
    </span>
  );
}

type CountsProps = { counts: Record<Severity, number>; label: string; hideZero?: boolean };

export function SeverityCounts({ counts, label, hideZero = false }: CountsProps) {
  const shown = SEVERITIES.filter((s) => !hideZero || counts[s] > 0);
  if (shown.length === 0) return <p className="text-sm text-gray-600">No discrepancies</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {shown.map((s) => (
        <li key={s}>
          <SeverityCount severity={s} count={counts[s]} />
        </li>
      ))}
    </ul>
  );
}
