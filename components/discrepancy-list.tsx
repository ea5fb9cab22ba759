import type { Severity } from "@/lib/types";
import type { DiscrepancyView } from "@/server/comparisons";
import { DiscrepancyItem } from "./discrepancy-item";
import type { QuoteIndex } from "./quote-index";
import { SEVERITIES, SEVERITY_LABEL, SeverityIcon } from "./severity";

type Props = { discrepancies: DiscrepancyView[]; comparisonId: string; index: QuoteIndex };

function SeverityGroup({ severity, items, comparisonId, index }: Omit<Props, "discrepancies"> & { severity: Severity; items: DiscrepancyView[] }) {
  const headingId = `severity-${severity}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="flex items-center gap-2 text-lg font-semibold">
        <SeverityIcon severity={severity} />
        {SEVERITY_LABEL[severity]} ({items.length})
      </h3>
      {items.map((d) => (
        <DiscrepancyItem key={d.id} discrepancy={d} comparisonId={comparisonId} index={index} />
      ))}
    </section>
  );
}

/** Discrepancies grouped from critical down to info; empty groups are left out. */
export function DiscrepancyList({ discrepancies, comparisonId, index }: Props) {
  if (discrepancies.length === 0) return <p>No discrepancies: every matched quote reads the same.</p>;
  return (
    <div className="space-y-6">
      {SEVERITIES.map((severity) => {
        const items = discrepancies.filter((d) => d.severity === severity);
        return items.length > 0 ? <SeverityGroup key={severity} severity={severity} items={items} comparisonId={comparisonId} index={index} /> : null;
      })}
    </div>
  );
}
