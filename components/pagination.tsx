import Link from "next/link";

type Props = { q: string | undefined; cursor: string | undefined; nextCursor: string | null };

function href(q: string | undefined, cursor?: string): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

export function Pagination({ q, cursor, nextCursor }: Props) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="flex gap-4">
      {cursor ? (
        <Link href={href(q)} className="text-blue-700 underline">
          First page
        </Link>
      ) : null}
      {nextCursor ? (
        <Link href={href(q, nextCursor)} className="text-blue-700 underline">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
