import Link from "next/link";
import { ComparisonList } from "@/components/comparison-list";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { listComparisons } from "@/server/comparisons";
import { AppError } from "@/server/errors";
import { listQuerySchema } from "@/server/schemas";

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function EmptyState({ q, later }: { q: string | undefined; later: boolean }) {
  const sentence = later ? "No more comparisons." : q ? `No comparison matches “${q}”.` : "No comparisons yet.";
  return (
    <div className="space-y-2 rounded border border-dashed border-gray-300 p-6">
      <p>{sentence}</p>
      <p>
        <Link href="/comparisons/new" className="text-blue-700 underline">
          New comparison
        </Link>
      </p>
    </div>
  );
}

export default async function HomePage({ searchParams }: Props) {
  const parsed = listQuerySchema.safeParse(await searchParams);
  // An unreadable query (a repeated parameter, an over-long term) shows the first page.
  const q = parsed.success ? parsed.data.q || undefined : undefined;
  const cursor = parsed.success ? parsed.data.cursor || undefined : undefined;
  // A cursor this app did not give out (an edited link) shows the first page, not an error.
  const page = await listComparisons({ q, cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "INVALID_INPUT") return listComparisons({ q, limit: PAGE_SIZE });
    throw error;
  });
  const { items, nextCursor } = page;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Comparisons</h1>
      <SearchForm q={q ?? ""} />
      {items.length === 0 ? <EmptyState q={q} later={cursor !== undefined} /> : <ComparisonList items={items} />}
      <Pagination q={q} cursor={cursor} nextCursor={nextCursor} />
    </div>
  );
}
