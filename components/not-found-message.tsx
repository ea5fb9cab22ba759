import Link from "next/link";

export function NotFoundMessage({ sentence }: { sentence: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p>{sentence}</p>
      <p>
        <Link href="/" className="text-blue-700 underline">
          Comparisons
        </Link>
      </p>
    </div>
  );
}
