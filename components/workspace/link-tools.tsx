"use client";

import { useId, useState, useTransition } from "react";
import { linkQuotesAction, removeOverrideAction, unlinkQuotesAction, type OverrideActionResult } from "@/app/actions";
import type { MatchView, OverrideView } from "@/server/comparison-view";
import { formatDateTime } from "../dates";
import { INPUT_CLASS } from "../field";
import { linkCandidates, type WorkspaceModel } from "./model";
import { useRememberedName } from "./remembered-name";

type Run = (action: (fd: FormData) => Promise<OverrideActionResult>, fields: Record<string, string>, onDone?: () => void) => void;

/** Runs an override action with the remembered reviewer's name; its outcome is announced. */
function useOverrideAction(comparisonId: string): { run: Run; pending: boolean; outcome: OverrideActionResult | null } {
  const author = useRememberedName();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<OverrideActionResult | null>(null);
  const run: Run = (action, fields, onDone) => {
    const fd = new FormData();
    fd.set("comparisonId", comparisonId);
    fd.set("author", author);
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    startTransition(async () => {
      const result = await action(fd);
      setOutcome(result);
      if (result.ok) onDone?.();
    });
  };
  return { run, pending, outcome };
}

function Outcome({ outcome, pending }: { outcome: OverrideActionResult | null; pending: boolean }) {
  if (pending) return <p role="status" className="text-sm">Re-analysing…</p>;
  if (!outcome) return <p role="status" className="sr-only" />;
  return outcome.ok ? (
    <p role="status" className="text-sm text-green-800">
      {outcome.message}
    </p>
  ) : (
    <p role="alert" className="text-sm font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      {outcome.message}
    </p>
  );
}

function who(o: OverrideView): string {
  return `${o.author ?? "an unnamed editor"} on ${formatDateTime(o.updatedAt)}`;
}

/** Under a pair: unlink it, or undo the editor's link that made it. */
type MatchControlsProps = { model: WorkspaceModel; comparisonId: string; match: MatchView; onChanged?: () => void };

export function MatchControls({ model, comparisonId, match, onChanged }: MatchControlsProps) {
  const { run, pending, outcome } = useOverrideAction(comparisonId);
  const override = match.overrideId ? model.overrides.find((o) => o.id === match.overrideId) : undefined;
  return (
    <div className="space-y-1">
      {override ? (
        <p className="text-sm text-gray-800">
          Linked by {who(override)}
          {override.note ? `: “${override.note}”` : "."}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {override ? (
          <button type="button" disabled={pending} onClick={() => run(removeOverrideAction, { overrideId: override.id }, onChanged)} className="rounded border border-gray-500 px-2 py-0.5 text-sm hover:bg-gray-100">
            Undo this link
          </button>
        ) : (
          <button type="button" disabled={pending} onClick={() => run(unlinkQuotesAction, { matchId: match.id }, onChanged)} className="rounded border border-red-700 px-2 py-0.5 text-sm text-red-800 hover:bg-red-50">
            Unlink these quotes
          </button>
        )}
      </div>
      <Outcome outcome={outcome} pending={pending} />
    </div>
  );
}

/** For a selected quote: the editors' unlinks that keep it apart, each undoable. */
export function UnlinkedNotes({ comparisonId, overrides }: { comparisonId: string; overrides: readonly OverrideView[] }) {
  const { run, pending, outcome } = useOverrideAction(comparisonId);
  const unlinks = overrides.filter((o) => o.action === "unlink");
  if (unlinks.length === 0) return null;
  return (
    <div className="space-y-1">
      <ul className="space-y-1 text-sm">
        {unlinks.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center gap-2">
            <span>
              Kept apart from {o.left.quoteId && o.right.quoteId ? `${o.left.sourceOutlet}’s and ${o.right.sourceOutlet}’s` : "a"} quote by {who(o)}
              {o.note ? `: “${o.note}”` : ""}.
            </span>
            <button type="button" disabled={pending} onClick={() => run(removeOverrideAction, { overrideId: o.id })} className="rounded border border-gray-500 px-2 py-0.5 hover:bg-gray-100">
              Undo unlink
            </button>
          </li>
        ))}
      </ul>
      <Outcome outcome={outcome} pending={pending} />
    </div>
  );
}

/** For a selected quote: pair it by hand with a quote of another source the engine did not link it to. */
type LinkFormProps = { model: WorkspaceModel; comparisonId: string; quoteId: string; onChanged?: () => void };

export function LinkForm({ model, comparisonId, quoteId, onChanged }: LinkFormProps) {
  const { run, pending, outcome } = useOverrideAction(comparisonId);
  const [target, setTarget] = useState("");
  const [note, setNote] = useState("");
  const id = useId();
  const candidates = linkCandidates(model, quoteId);
  if (candidates.length === 0) return null;
  const bySource = model.sources.map((s) => ({ source: s, quotes: candidates.filter((c) => c.source.id === s.id) })).filter((g) => g.quotes.length > 0);
  return (
    <form
      aria-label="Link to another quote"
      className="space-y-2 rounded border border-gray-200 p-2"
      onSubmit={(event) => {
        event.preventDefault();
        run(linkQuotesAction, { left: quoteId, right: target, note }, onChanged);
      }}
    >
      <h4 className="text-sm font-semibold">Link to a quote the engine did not pair with this one</h4>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-target`} className="text-sm">
          Quote
        </label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)} className={INPUT_CLASS} required>
          <option value="">Choose a quote…</option>
          {bySource.map((g) => (
            <optgroup key={g.source.id} label={g.source.outlet}>
              {g.quotes.map((c) => (
                <option key={c.quote.id} value={c.quote.id}>
                  {c.quote.text.length > 90 ? `${c.quote.text.slice(0, 88)}…` : c.quote.text}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-note`} className="text-sm">
          Why (optional)
        </label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} className={INPUT_CLASS} />
      </div>
      <button type="submit" disabled={pending || target === ""} className="rounded bg-gray-800 px-3 py-1 text-sm text-white disabled:opacity-60">
        Link quotes
      </button>
      <Outcome outcome={outcome} pending={pending} />
    </form>
  );
}

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 68)}…` : text;
}

/** Every link and unlink editors made in this comparison, each undoable; ones whose quotes changed say so. */
export function OverrideList({ comparisonId, overrides }: { comparisonId: string; overrides: readonly OverrideView[] }) {
  const { run, pending, outcome } = useOverrideAction(comparisonId);
  return (
    <div className="space-y-2">
      <ul className="divide-y divide-gray-200 text-sm">
        {overrides.map((o) => (
          <li key={o.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
            <div className="space-y-0.5">
              <p>
                <strong>{o.action === "link" ? "Linked" : "Kept apart"}</strong>: {o.left.sourceOutlet} “{short(o.left.text)}” {o.action === "link" ? "↔" : "≠"} {o.right.sourceOutlet} “{short(o.right.text)}”
              </p>
              <p className="text-gray-700">
                By {who(o)}
                {o.note ? ` · “${o.note}”` : ""}
                {o.applied ? "" : " · not applied: one of the quotes is no longer in its source"}
              </p>
            </div>
            <button type="button" disabled={pending} onClick={() => run(removeOverrideAction, { overrideId: o.id })} className="rounded border border-gray-500 px-2 py-0.5 hover:bg-gray-100">
              Undo<span className="sr-only"> this {o.action}</span>
            </button>
          </li>
        ))}
      </ul>
      <Outcome outcome={outcome} pending={pending} />
    </div>
  );
}
