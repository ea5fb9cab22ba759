"use client";

/** Whatever a page throws lands here, with a way back, instead of a blank page. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p role="alert">The page could not be shown. Nothing you saved has been lost.</p>
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="rounded border border-gray-700 px-3 py-1 hover:bg-gray-100">
          Try again
        </button>
        <a href="/" className="text-blue-800 underline underline-offset-2">
          Comparisons
        </a>
      </div>
    </div>
  );
}
