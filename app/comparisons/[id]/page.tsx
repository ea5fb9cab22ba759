import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { cache } from "react";
import { ComparisonHeader } from "@/components/comparison-header";
import { DiscrepancyList } from "@/components/discrepancy-list";
import { MatchList } from "@/components/match-list";
import { OrphanedReviews } from "@/components/orphaned-reviews";
import { indexQuotes } from "@/components/quote-index";
import { SourcePanels } from "@/components/source-panels";
import { getComparison } from "@/server/comparisons";

type Props = { params: Promise<{ id: string }> };

// Metadata and the page read the same comparison: one query per request.
const loadComparison = cache((id: string) => getComparison(id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await loadComparison((await params).id);
  return { title: comparison ? comparison.title : "Not found" };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="border-b border-gray-300 pb-1 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ComparisonPage({ params }: Props) {
  const comparison = await loadComparison((await params).id);
  if (!comparison) notFound();
  const index = indexQuotes(comparison);
  return (
    <div className="space-y-8">
      <ComparisonHeader comparison={comparison} />
      <Section id="sources" title="Sources">
        <SourcePanels sources={comparison.sources} index={index} />
      </Section>
      <Section id="matches" title="Matched quotes">
        <MatchList matches={comparison.matches} index={index} />
      </Section>
      <Section id="discrepancies" title="Discrepancies">
        <DiscrepancyList discrepancies={comparison.discrepancies} comparisonId={comparison.id} index={index} />
      </Section>
      {comparison.orphanedReviews.length > 0 ? (
        <Section id="orphaned-reviews" title="Reviews of discrepancies that no longer exist">
          <OrphanedReviews reviews={comparison.orphanedReviews} />
        </Section>
      ) : null}
    </div>
  );
}
