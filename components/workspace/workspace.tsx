"use client";

import { Tabs } from "radix-ui";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type MouseEvent } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import type { ComparisonView } from "@/server/comparison-view";
import type { ReviewFormHandle } from "../review-form";
import { DetailPanel, type Selection } from "./detail-panel";
import { DiscrepancyPanel, type DiscrepancyPanelHandle, type ListSettings } from "./discrepancy-panel";
import { buildModel, countBySeverity, counterparts, DEFAULT_FILTERS, filterDiscrepancies, flatten, groupDiscrepancies, step } from "./model";
import { QuoteGrid } from "./quote-grid";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { shortcutFor } from "./shortcuts";
import { SourceColumn } from "./source-column";
import { ScrollSync } from "./synced-scroll";
import { useMediaQuery } from "./use-media-query";

/** Columns side by side at most; more sources are picked from. */
export const MAX_COLUMNS = 4;

type Props = {
  comparison: ComparisonView;
  /** A discrepancy's fingerprint from a permalink (`?d=`). */
  focus: string | null;
  usedTags: readonly string[];
};

/** The review status each triage shortcut saves. */
const STATUS_OF = { confirm: "confirmed", dismiss: "dismissed", needs_review: "needs_review", reopen: "open" } as const;

const SEPARATOR = "w-1.5 shrink-0 bg-gray-200 outline-none hover:bg-blue-300 focus-visible:bg-blue-500 data-[separator=active]:bg-blue-500";
const SEPARATOR_V = "h-1.5 shrink-0 bg-gray-200 outline-none hover:bg-blue-300 focus-visible:bg-blue-500 data-[separator=active]:bg-blue-500";

function setAttribute(ids: Iterable<string>, name: string, on: boolean): void {
  for (const id of ids) {
    const mark = document.getElementById(`quote-${id}`);
    if (!mark) continue;
    if (on) mark.setAttribute(name, "true");
    else mark.removeAttribute(name);
  }
}

/**
 * The editor's workspace: the sources in resizable columns with synced scrolling (or a quote ×
 * source grid), the discrepancy list, and the detail panel where a pair's word diff is read and
 * reviewed. Selection lives in the URL (`?d=fingerprint`) so that every discrepancy has a permalink.
 */
export function Workspace({ comparison, focus, usedTags }: Props) {
  const model = useMemo(() => buildModel(comparison), [comparison]);
  const sourceIds = useMemo(() => comparison.sources.map((s) => s.id), [comparison.sources]);
  const [shown, setShown] = useState<string[]>(() => sourceIds.slice(0, MAX_COLUMNS));
  const columns = shown.filter((id) => sourceIds.includes(id));
  // The listeners below are re-attached when the columns change; the joined ids say when.
  const columnsKey = columns.join("|");
  const [view, setView] = useState<"columns" | "grid">("columns");
  const [selection, setSelection] = useState<Selection>(() => (focus && model.byFingerprint.has(focus) ? { type: "discrepancy", fingerprint: focus } : null));
  const [missing] = useState(() => (focus && !model.byFingerprint.has(focus) ? focus : null));
  const [hideTypography, setHideTypography] = useState(false);
  const [synced, setSynced] = useState(true);
  const [settings, setSettings] = useState<ListSettings>({ groupBy: "severity", sortBy: "severity", filters: DEFAULT_FILTERS });
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [reveal, setReveal] = useState<{ quoteId: string; level: boolean; n: number } | null>(() => {
    const d = focus ? model.byFingerprint.get(focus) : undefined;
    return d?.quotes[0] ? { quoteId: d.quotes[0], level: true, n: 0 } : null;
  });
  const wide = useMediaQuery("(min-width: 64rem)", true);
  const [tab, setTab] = useState(sourceIds[0] ?? "");

  const reviewRef = useRef<ReviewFormHandle>(null);
  const listRef = useRef<DiscrepancyPanelHandle>(null);
  const lastIndex = useRef(0);
  const [sync] = useState(() => new ScrollSync());
  useEffect(() => sync.setCounterparts((id) => counterparts(model, id)), [sync, model]);
  useEffect(() => () => sync.dispose(), [sync]);
  const register = useCallback((sourceId: string, el: HTMLDivElement | null) => sync.register(sourceId, el), [sync]);

  const filtered = useMemo(() => filterDiscrepancies(model, settings.filters), [model, settings.filters]);
  const groups = useMemo(() => groupDiscrepancies(model, filtered, settings.groupBy, settings.sortBy), [model, filtered, settings.groupBy, settings.sortBy]);
  const order = useMemo(() => flatten(groups), [groups]);
  const counts = useMemo(() => countBySeverity(filtered), [filtered]);

  const selectedDiscrepancy = selection?.type === "discrepancy" ? model.byFingerprint.get(selection.fingerprint) : undefined;
  const selectedQuotes = useMemo(
    () => {
      if (selection?.type !== "quote") return new Set(selectedDiscrepancy?.quotes ?? []);
      const id = model.idByKey.get(selection.key);
      return new Set(id === undefined ? [] : [id]);
    },
    [selection, selectedDiscrepancy, model],
  );

  /** Shows a quote's source (in a column or the narrow tab) and asks for it to be scrolled into view. */
  const requestReveal = useCallback(
    (quoteId: string, level: boolean) => {
      const sourceId = model.quotes.get(quoteId)?.source.id;
      if (sourceId && !wide) setTab(sourceId);
      if (sourceId && wide) setShown((s) => (s.includes(sourceId) ? s : [...s.slice(0, MAX_COLUMNS - 1), sourceId]));
      setReveal((r) => ({ quoteId, level, n: (r?.n ?? 0) + 1 }));
    },
    [model, wide],
  );

  const selectDiscrepancy = useCallback(
    (fingerprint: string) => {
      setSelection({ type: "discrepancy", fingerprint });
      const at = order.findIndex((d) => d.fingerprint === fingerprint);
      if (at !== -1) lastIndex.current = at;
      const first = model.byFingerprint.get(fingerprint)?.quotes[0];
      if (first) requestReveal(first, true);
    },
    [model, order, requestReveal],
  );

  const selectQuote = useCallback(
    (quoteId: string, fromText: boolean) => {
      const key = model.quotes.get(quoteId)?.quote.key;
      if (key === undefined) return;
      setSelection({ type: "quote", key });
      if (view === "columns") requestReveal(quoteId, !fromText);
    },
    [model, view, requestReveal],
  );

  // Scroll after the render that shows the quote's column.
  useEffect(() => {
    if (reveal && view === "columns") sync.reveal(reveal.quoteId, reveal.level);
  }, [reveal, view, sync]);

  // The permalink names the selected discrepancy; quotes are not linked.
  useEffect(() => {
    const url = new URL(window.location.href);
    const fingerprint = selection?.type === "discrepancy" ? selection.fingerprint : null;
    if (url.searchParams.get("d") === fingerprint) return;
    if (fingerprint) url.searchParams.set("d", fingerprint);
    else url.searchParams.delete("d");
    // Null state: Next.js then adopts the new URL, so a refresh after a save keeps it.
    window.history.replaceState(null, "", url);
  }, [selection]);

  // Selected quotes and their counterparts are marked on the DOM, so the texts never re-render.
  useEffect(() => {
    const lit = new Set<string>();
    for (const id of selectedQuotes) for (const other of counterparts(model, id)) if (!selectedQuotes.has(other)) lit.add(other);
    setAttribute(selectedQuotes, "data-selected", true);
    setAttribute(lit, "data-counterpart", true);
    return () => {
      setAttribute(selectedQuotes, "data-selected", false);
      setAttribute(lit, "data-counterpart", false);
    };
  }, [selectedQuotes, model, columns.length, view, wide, tab]);

  useEffect(() => {
    if (!synced || view !== "columns" || !wide) return;
    const listeners = [...sync.columns().values()].map((el) => {
      const onScroll = () => sync.onScroll(el);
      el.addEventListener("scroll", onScroll, { passive: true });
      return () => el.removeEventListener("scroll", onScroll);
    });
    return () => listeners.forEach((off) => off());
  }, [synced, view, wide, columnsKey, sync]);

  // Hovering or focusing a quote lights up its counterparts.
  const lit = useRef<string[]>([]);
  const light = useCallback(
    (quoteId: string | null) => {
      setAttribute(lit.current, "data-lit", false);
      lit.current = quoteId ? [quoteId, ...counterparts(model, quoteId)] : [];
      setAttribute(lit.current, "data-lit", true);
    },
    [model],
  );
  const quoteOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest<HTMLElement>("[data-quote]")?.dataset.quote ?? null) : null);
  const textHandlers = {
    onMouseOver: (e: MouseEvent) => light(quoteOf(e.target)),
    onMouseLeave: () => light(null),
    onFocus: (e: FocusEvent) => light(quoteOf(e.target)),
    onBlur: () => light(null),
    onClick: (e: MouseEvent) => {
      const quoteId = quoteOf(e.target);
      // A drag that selects text to copy is not a click on the quote.
      if (!quoteId || !(window.getSelection()?.isCollapsed ?? true)) return;
      selectQuote(quoteId, true);
    },
  };

  const say = (text: string) => setAnnouncement((a) => (a === text ? `${text}\u00a0` : text));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action || (helpOpen && action !== "help")) return;
      const withReview = (run: (form: ReviewFormHandle) => void) => {
        if (reviewRef.current && selection?.type === "discrepancy") run(reviewRef.current);
        else say("Select a discrepancy first: press j for the next one.");
      };
      switch (action) {
        case "next":
        case "previous": {
          const current = selection?.type === "discrepancy" ? selection.fingerprint : null;
          const next = step(order, current, action === "next" ? 1 : -1, lastIndex.current);
          if (!next) {
            say("No discrepancy in the list.");
            break;
          }
          selectDiscrepancy(next.fingerprint);
          listRef.current?.focusItem(next.fingerprint);
          break;
        }
        case "confirm":
        case "dismiss":
        case "needs_review":
        case "reopen": {
          const status = STATUS_OF[action];
          withReview((f) => f.saveWithStatus(status));
          break;
        }
        case "note":
          withReview((f) => f.focusNote());
          break;
        case "search":
          listRef.current?.focusSearch();
          break;
        case "typography":
          setHideTypography((h) => {
            say(h ? "Typography differences shown." : "Typography differences hidden.");
            return !h;
          });
          break;
        case "help":
          setHelpOpen(true);
          break;
        case "escape":
          if (event.target instanceof HTMLElement) event.target.blur();
          return;
      }
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [helpOpen, order, selection, selectDiscrepancy]);

  const columnsView = (
    <Group key={columnsKey} orientation="horizontal" className="h-full">
      {columns.map((id, i) => {
        const source = model.sources.find((s) => s.id === id);
        if (!source) return null;
        return (
          <Fragment key={id}>
            {i > 0 ? <Separator className={SEPARATOR} aria-label={`Resize ${source.outlet}’s column`} /> : null}
            <Panel id={`column-${id}`} minSize="12rem" className="h-full">
              <div className="h-full" {...textHandlers}>
                <SourceColumn comparisonId={comparison.id} source={source} model={model} register={register} onPick={(q) => selectQuote(q, false)} />
              </div>
            </Panel>
          </Fragment>
        );
      })}
    </Group>
  );

  const texts =
    view === "grid" ? (
      <QuoteGrid model={model} sourceIds={columns} hideTypography={hideTypography} selectedQuotes={selectedQuotes} onPick={(q) => selectQuote(q, false)} />
    ) : wide ? (
      columnsView
    ) : (
      <Tabs.Root value={tab} onValueChange={setTab} className="flex h-full flex-col">
        <Tabs.List aria-label="Source shown" className="flex flex-wrap gap-1 border-b border-gray-200 p-1">
          {comparison.sources.map((s) => (
            <Tabs.Trigger key={s.id} value={s.id} className="rounded px-2 py-1 text-sm data-[state=active]:bg-gray-800 data-[state=active]:text-white">
              {s.outlet}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {comparison.sources.map((s) => (
          // Mounted while hidden: Radix would mount a newly chosen tab one commit after the
          // selection, too late for the effects that mark and scroll to the selected quotes.
          <Tabs.Content key={s.id} value={s.id} forceMount className="min-h-0 flex-1 data-[state=inactive]:hidden" {...textHandlers}>
            <SourceColumn comparisonId={comparison.id} source={s} model={model} register={register} onPick={(q) => selectQuote(q, false)} />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    );

  const list = <DiscrepancyPanel ref={listRef} model={model} groups={groups} shown={filtered.length} counts={counts} selected={selection?.type === "discrepancy" ? selection.fingerprint : null} settings={settings} onSettings={setSettings} onSelect={selectDiscrepancy} />;
  const detail = (
    <DetailPanel
      model={model}
      comparisonId={comparison.id}
      selection={selection}
      hideTypography={hideTypography}
      onHideTypography={setHideTypography}
      usedTags={usedTags}
      onSelect={(s) => (s?.type === "discrepancy" ? selectDiscrepancy(s.fingerprint) : setSelection(s))}
      onReveal={(q) => requestReveal(q, true)}
      reviewRef={reviewRef}
      missing={missing}
    />
  );

  return (
    <section aria-label="Workspace" className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {comparison.sources.length >= 3 ? (
          <div role="radiogroup" aria-label="View" className="inline-flex overflow-hidden rounded border border-gray-400">
            {(["columns", "grid"] as const).map((v) => (
              <button key={v} type="button" role="radio" aria-checked={view === v} onClick={() => setView(v)} className="px-2 py-0.5 aria-checked:bg-gray-800 aria-checked:text-white">
                {v === "columns" ? "Side by side" : "Quote grid"}
              </button>
            ))}
          </div>
        ) : null}
        {comparison.sources.length > 2 && wide ? (
          <fieldset className="flex flex-wrap items-center gap-2">
            <legend className="sr-only">Sources shown (up to {MAX_COLUMNS})</legend>
            <span aria-hidden="true">Show:</span>
            {comparison.sources.map((s) => {
              const on = columns.includes(s.id);
              return (
                <label key={s.id} className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={(!on && columns.length >= MAX_COLUMNS) || (on && columns.length === 1)}
                    onChange={(e) => setShown((list) => (e.target.checked ? sourceIds.filter((id) => id === s.id || list.includes(id)) : list.filter((id) => id !== s.id)))}
                  />
                  {s.outlet}
                </label>
              );
            })}
          </fieldset>
        ) : null}
        {view === "columns" && wide && columns.length > 1 ? (
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={synced} onChange={(e) => setSynced(e.target.checked)} />
            Sync scrolling
          </label>
        ) : null}
        <ShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} />
        <p role="status" aria-live="polite" className="text-gray-700">
          {announcement}
        </p>
      </div>
      {/* The columns' outlets are h3s: without this they would follow the page's h1 directly. */}
      <h2 className="sr-only">Sources</h2>
      {wide ? (
        <div className="h-[78vh] min-h-[32rem] overflow-hidden rounded border border-gray-300">
          <Group orientation="horizontal" className="h-full">
            <Panel id="texts" defaultSize="62%" minSize="30%" className="h-full">
              {texts}
            </Panel>
            <Separator className={SEPARATOR} aria-label="Resize the texts and the side panel" />
            <Panel id="side" defaultSize="38%" minSize="22%" className="h-full">
              <Group orientation="vertical" className="h-full">
                <Panel id="list" defaultSize="45%" minSize="15%" className="h-full">
                  {list}
                </Panel>
                <Separator className={SEPARATOR_V} aria-label="Resize the list and the details" />
                <Panel id="detail" defaultSize="55%" minSize="15%" className="h-full">
                  {detail}
                </Panel>
              </Group>
            </Panel>
          </Group>
        </div>
      ) : (
        <div className="space-y-3">
          <div className="h-[60vh] overflow-hidden rounded border border-gray-300">{texts}</div>
          <div className="h-[50vh] overflow-hidden rounded border border-gray-300">{list}</div>
          <div className="rounded border border-gray-300">{detail}</div>
        </div>
      )}
    </section>
  );
}
