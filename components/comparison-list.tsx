import Link from "next/link";
import type { ComparisonSummary } from "@/server/comparisons";
import { formatDate } from "./dates";
import { SeverityCounts } from "./severity";

function ComparisonItem({ item }: { item: ComparisonSummary }) {
  return (
    <li className="space-y-1 py-3">
      <Link href={`/comparisons/${item.id}`} className="font-medium text-blue-700 underline underline-offset-2">
        {item.title}
      </Link>
      <p className="text-sm text-gray-700">
        {item.outlets.join(" · ")} — created <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
      </p>
      <SeverityCounts counts={item.counts} label={`Discrepancies in ${item.title}`} hideZero />
    </li>
  );
}

export function ComparisonList({ items }: { items: ComparisonSummary[] }) {
  return (
    <ul className="divide-y divide-gray-200 border-y border-gray-200">
      {items.map((item) => (
        <ComparisonItem key={item.id} item={item} />
      ))}
    </ul>
  );
}
