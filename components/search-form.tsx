export function SearchForm({ q }: { q: string }) {
  return (
    <form role="search" action="/" method="get" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className="text-sm font-medium">
          Search comparisons
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          className="w-72 rounded border border-gray-400 px-2 py-1"
        />
      </div>
      <button type="submit" className="rounded border border-gray-700 bg-gray-800 px-3 py-1 text-white hover:bg-gray-700">
        Search
      </button>
    </form>
  );
}
