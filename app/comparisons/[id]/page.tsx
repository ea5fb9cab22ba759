import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ComparisonHeader } from "@/components/comparison-header";
import { OrphanedReviews } from "@/components/orphaned-reviews";
import { OverrideList } from "@/components/workspace/link-tools";
import { Workspace } from "@/components/workspace/workspace";
import { getComparison } from "@/server/comparisons";
import { usedTags as loadUsedTags } from "@/server/reviews";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Metadata and the page read the same comparison: one query per request.
const loadComparison = cache((id: string) => getComparison(id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await loadComparison((await params).id);
  return { title: comparison ? comparison.title : "Not found" };
}

export default async function ComparisonPage({ params, searchParams }: Props) {
  const comparison = await loadComparison((await params).id);
  if (!comparison) notFound();
  const d = (await searchParams).d;
  const focus = typeof d === "string" && d.length <= 100 ? d : null;
  const usedTags = await loadUsedTags();
  return (
    <div className="space-y-6">
      <ComparisonHeader comparison={comparison} />
      <Workspace comparison={comparison} focus={focus} usedTags={usedTags} />
      {comparison.overrides.length > 0 ? (
        <section aria-labelledby="overrides" className="space-y-3">
          <h2 id="overrides" className="border-b border-gray-300 pb-1 text-xl font-semibold">
            Links and unlinks by editors
          </h2>
          <OverrideList comparisonId={comparison.id} overrides={comparison.overrides} />
        </section>
      ) : null}
      {comparison.orphanedReviews.length > 0 ? (
        <section aria-labelledby="orphaned-reviews" className="space-y-3">
          <h2 id="orphaned-reviews" className="border-b border-gray-300 pb-1 text-xl font-semibold">
            Reviews of discrepancies that no longer exist
          </h2>
          <OrphanedReviews reviews={comparison.orphanedReviews} />
        </section>
      ) : null}
    </div>
  );
}
