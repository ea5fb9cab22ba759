import type { Metadata } from "next";
import { ComparisonForm } from "@/components/comparison-form";
import { MAX_SOURCES } from "@/lib";
import { MIN_SOURCES } from "@/server/schemas";

export const metadata: Metadata = { title: "New comparison" };

export default function NewComparisonPage() {
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">New comparison</h1>
      <p className="text-gray-700">
        Paste, fetch or import {MIN_SOURCES} to {MAX_SOURCES} articles about the same event. Each quotation is found, credited to its speaker and compared word by word with the other outlets. A fetched page or imported file is kept as the source’s record, and can be checked for corrections later.
      </p>
      <ComparisonForm minSources={MIN_SOURCES} maxSources={MAX_SOURCES} />
    </div>
  );
}
