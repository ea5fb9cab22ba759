"use client";

import { useMemo, useState } from "react";
import { WordDiff } from "../word-diff";
import { diffBetween, gridRows, type WorkspaceModel } from "./model";
import { quoteIcon } from "./quote-marks";

type Props = { model: WorkspaceModel; sourceIds: readonly string[]; hideTypography: boolean; selectedQuotes: ReadonlySet<string>; onPick: (quoteId: string) => void };

/**
 * One row per utterance, one column per source: each cell's wording diffed against the base
 * source's, which the editor chooses. Cells the engine did not align with the base show their
 * plain text.
 */
export function QuoteGrid({ model, sourceIds, hideTypography, selectedQuotes, onPick }: Props) {
  const [base, setBase] = useState(sourceIds[0] ?? "");
  const baseId = sourceIds.includes(base) ? base : (sourceIds[0] ?? "");
  const rows = useMemo(() => gridRows(model), [model]);
  const sources = sourceIds.map((id) => model.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const baseOutlet = sources.find((s) => s.id === baseId)?.outlet ?? "";
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex flex-wrap items-center gap-3 border-b border-gray-200 px-3 py-2 text-sm">
        <label className="flex items-center gap-1">
          Base source
          <select value={baseId} onChange={(e) => setBase(e.target.value)} className="rounded border border-gray-400 bg-white px-1 py-0.5">
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.outlet}
              </option>
            ))}
          </select>
        </label>
        <p className="text-gray-700">
          {rows.length} {rows.length === 1 ? "utterance" : "utterances"} printed by more than one source. <del className="diff">Struck</del>: only in {baseOutlet}; <ins className="diff">underlined</ins>: only in the cell’s source.
        </p>
      </div>
      <div className="min-h-0 flex-1 overflow-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Quotes by utterance and source, diffed against {baseOutlet}</caption>
          <thead className="sticky top-0 z-10 bg-gray-100">
            <tr>
              <th scope="col" className="w-10 border-b border-gray-300 p-2 text-left">
                #
              </th>
              {sources.map((s) => (
                <th key={s.id} scope="col" className="border-b border-gray-300 p-2 text-left">
                  {s.outlet}
                  {s.id === baseId ? <span className="ml-1 rounded bg-gray-700 px-1 text-xs text-white">base</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const baseQuote = row.cells.get(baseId)?.[0];
              return (
                <tr key={row.id} className="align-top odd:bg-white even:bg-gray-50">
                  <th scope="row" className="p-2 text-left font-normal text-gray-700">
                    {i + 1}
                  </th>
                  {sources.map((s) => (
                    <td key={s.id} className="border-l border-gray-200 p-2">
                      {(row.cells.get(s.id) ?? []).map((quoteId) => {
                        const info = model.quotes.get(quoteId);
                        if (!info) return null;
                        const pair = baseQuote && s.id !== baseId ? diffBetween(model, baseQuote, quoteId) : null;
                        return (
                          <button
                            key={quoteId}
                            type="button"
                            onClick={() => onPick(quoteId)}
                            aria-pressed={selectedQuotes.has(quoteId)}
                            className="block w-full rounded p-1 text-left hover:bg-blue-50 aria-pressed:bg-blue-100"
                          >
                            <span aria-hidden="true" className="mr-1">
                              {quoteIcon(info)}
                            </span>
                            {pair?.ops ? <WordDiff ops={pair.ops} hideTypography={hideTypography} /> : <span className="font-serif">{info.quote.text}</span>}
                            <span className="block text-xs text-gray-700">{info.quote.speaker ?? "Unattributed"}</span>
                          </button>
                        );
                      })}
                      {(row.cells.get(s.id) ?? []).length === 0 ? <span className="text-gray-500">not printed</span> : null}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
