"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from "react";
import type { Severity } from "@/lib/types";
import type { DiscrepancyView } from "@/server/comparison-view";
import { discrepancyHeading } from "../discrepancy-heading";
import { reviewStatusLabel } from "../review-status";
import { SeverityCounts, SeverityIcon } from "../severity";
import { statusOf, type GroupBy, type ListFilters, type ListGroup, type SortBy, type WorkspaceModel } from "./model";

export type ListSettings = { groupBy: GroupBy; sortBy: SortBy; filters: ListFilters };

export type DiscrepancyPanelHandle = { focusSearch: () => void; focusItem: (fingerprint: string) => void };

type Props = {
  model: WorkspaceModel;
  groups: readonly ListGroup[];
  shown: number;
  counts: Record<Severity, number>;
  selected: string | null;
  settings: ListSettings;
  onSettings: (settings: ListSettings) => void;
  onSelect: (fingerprint: string) => void;
  ref?: Ref<DiscrepancyPanelHandle>;
};

type Row = { type: "group"; group: ListGroup } | { type: "item"; item: DiscrepancyView; index: number };

const GROUP_LABEL: Record<GroupBy, string> = { severity: "Severity", kind: "Kind", source: "Sources", speaker: "Speaker", status: "Status" };
const SORT_LABEL: Record<SortBy, string> = { severity: "Severity", position: "Position in the text", kind: "Kind", status: "Status" };

function outletsOf(model: WorkspaceModel, d: DiscrepancyView): string {
  return d.quotes.map((id) => model.quotes.get(id)?.source.outlet ?? "?").join(" ↔ ");
}

function speakerOf(model: WorkspaceModel, d: DiscrepancyView): string {
  return d.quotes.map((id) => model.quotes.get(id)?.quote.speaker).find((s) => s) ?? "Unattributed";
}

const SELECT = "rounded border border-gray-400 bg-white px-1 py-0.5 text-sm";

/**
 * The discrepancy list: counts per severity, filters (cosmetic hidden and every status shown
 * by default), grouping and order, and a virtualised list so that hundreds of items stay quick.
 */
export function DiscrepancyPanel({ model, groups, shown, counts, selected, settings, onSettings, onSelect, ref }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const rows = useMemo(() => {
    const out: Row[] = [];
    let index = 0;
    for (const group of groups) {
      out.push({ type: "group", group });
      for (const item of group.items) out.push({ type: "item", item, index: index++ });
    }
    return out;
  }, [groups]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.type === "group" ? 32 : 72),
    overscan: 8,
    getItemKey: (i) => {
      const row = rows[i];
      return row === undefined ? i : row.type === "group" ? `g:${row.group.key}` : row.item.fingerprint;
    },
  });
  const rowOf = (fingerprint: string) => rows.findIndex((r) => r.type === "item" && r.item.fingerprint === fingerprint);

  useImperativeHandle(ref, () => ({
    focusSearch: () => search.current?.focus(),
    focusItem: (fingerprint) => {
      const at = rowOf(fingerprint);
      if (at === -1) return;
      virtualizer.scrollToIndex(at, { align: "auto" });
      // The row may only exist after the virtualiser has rendered it.
      requestAnimationFrame(() => document.getElementById(`item-${fingerprint}`)?.focus({ preventScroll: true }));
    },
  }));

  // Keep the selected item in view when it changes from elsewhere (a quote, a permalink).
  useEffect(() => {
    if (selected === null) return;
    const at = rows.findIndex((r) => r.type === "item" && r.item.fingerprint === selected);
    if (at !== -1) virtualizer.scrollToIndex(at, { align: "auto" });
  }, [selected, rows, virtualizer]);

  const { filters } = settings;
  const setFilters = (patch: Partial<ListFilters>) => onSettings({ ...settings, filters: { ...filters, ...patch } });
  const hidden = model.discrepancies.length - shown;

  return (
    <section aria-labelledby="discrepancies-heading" className="flex h-full min-h-0 flex-col">
      <header className="space-y-2 border-b border-gray-200 px-3 py-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="discrepancies-heading" className="text-lg font-semibold">
            Discrepancies
          </h2>
          <SeverityCounts counts={counts} label="Shown discrepancies by severity" hideZero />
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <label className="flex items-center gap-1">
            <span className="sr-only">Search discrepancies</span>
            <input ref={search} type="search" value={filters.query} onChange={(e) => setFilters({ query: e.target.value })} placeholder="Search ( / )" className="w-36 rounded border border-gray-400 px-1.5 py-0.5" />
          </label>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={filters.showCosmetic} onChange={(e) => setFilters({ showCosmetic: e.target.checked })} />
            Show cosmetic
          </label>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={filters.openOnly} onChange={(e) => setFilters({ openOnly: e.target.checked })} />
            Open only
          </label>
          <label className="flex items-center gap-1">
            Group by
            <select className={SELECT} value={settings.groupBy} onChange={(e) => onSettings({ ...settings, groupBy: e.target.value as GroupBy })}>
              {Object.entries(GROUP_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            Sort by
            <select className={SELECT} value={settings.sortBy} onChange={(e) => onSettings({ ...settings, sortBy: e.target.value as SortBy })}>
              {Object.entries(SORT_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="text-xs text-gray-700" aria-live="polite">
          {shown} shown{hidden > 0 ? `, ${hidden} hidden by the filters` : ""}.
        </p>
      </header>
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto">
        {rows.length === 0 ? (
          <p className="p-3 text-sm">{model.discrepancies.length === 0 ? "No discrepancies: every matched quote reads the same." : "No discrepancy matches the filters."}</p>
        ) : (
          <div role="list" aria-label={`Discrepancies, ${shown} shown`} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index];
              if (!row) return null;
              return (
                <div key={v.key} role="listitem" data-index={v.index} ref={virtualizer.measureElement} className="absolute inset-x-0 top-0" style={{ transform: `translateY(${v.start}px)` }}>
                  {row.type === "group" ? (
                    <h3 className="border-b border-gray-200 bg-gray-100 px-3 py-1 text-sm font-semibold capitalize">
                      {row.group.label} ({row.group.items.length})
                    </h3>
                  ) : (
                    <button
                      type="button"
                      id={`item-${row.item.fingerprint}`}
                      data-fingerprint={row.item.fingerprint}
                      aria-current={row.item.fingerprint === selected ? "true" : undefined}
                      onClick={() => onSelect(row.item.fingerprint)}
                      className="block w-full border-b border-gray-100 px-3 py-2 text-left text-sm hover:bg-blue-50 aria-[current=true]:bg-blue-100 aria-[current=true]:shadow-[inset_4px_0_0_#1d4ed8]"
                    >
                      <span className="flex items-start gap-2">
                        <SeverityIcon severity={row.item.severity} />
                        <span className="min-w-0 flex-1">
                          <span className="block truncate font-medium">{discrepancyHeading(row.item)}</span>
                          <span className="block truncate text-xs text-gray-700">
                            <span className="sr-only">{row.item.severity}, </span>
                            {outletsOf(model, row.item)} · {speakerOf(model, row.item)} · {reviewStatusLabel(statusOf(row.item))}
                            {row.item.review?.tags.length ? ` · ${row.item.review.tags.join(", ")}` : ""}
                          </span>
                        </span>
                      </span>
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}
