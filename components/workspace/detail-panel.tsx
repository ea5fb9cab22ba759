"use client";

import { useState, type Ref } from "react";
import type { DiscrepancyView, MatchView } from "@/server/comparison-view";
import { discrepancyHeading } from "../discrepancy-heading";
import { ReviewForm, type ReviewFormHandle } from "../review-form";
import { ReviewHistory } from "../review-history";
import { SEVERITY_LABEL, SeverityIcon } from "../severity";
import { WordDiff } from "../word-diff";
import { LinkForm, MatchControls, UnlinkedNotes } from "./link-tools";
import { diffBetween, otherQuote, overridesOf, type QuoteInfo, type WorkspaceModel } from "./model";
import { STATE_LABEL } from "./quote-marks";

/** A discrepancy by fingerprint, a quote by the engine's key: both survive a re-analysis. */
export type Selection = { type: "discrepancy"; fingerprint: string } | { type: "quote"; key: string } | null;

type Props = {
  model: WorkspaceModel;
  comparisonId: string;
  selection: Selection;
  hideTypography: boolean;
  onHideTypography: (hide: boolean) => void;
  usedTags: readonly string[];
  onSelect: (selection: Selection) => void;
  onReveal: (quoteId: string) => void;
  reviewRef: Ref<ReviewFormHandle>;
  /** A permalink asked for a discrepancy this comparison no longer has. */
  missing: string | null;
};

const RELATION_HELP: Record<string, string> = {
  identical: "the same words; typography may differ",
  variant: "the same stretch, some words differ",
  fragment: "one quote is a trimmed part of the other",
  overlap: "each quote runs past the other",
};

function QuoteCard({ info, onReveal }: { info: QuoteInfo; onReveal: (quoteId: string) => void }) {
  const { quote, source } = info;
  return (
    <div className="space-y-1 rounded border border-gray-200 p-2 text-sm">
      <p className="flex flex-wrap items-baseline justify-between gap-2">
        <strong>{source.outlet}</strong>
        <button type="button" onClick={() => onReveal(quote.id)} className="text-blue-800 underline">
          Show in text<span className="sr-only"> of {source.outlet}</span>
        </button>
      </p>
      <p className="font-serif">“{quote.text}”</p>
      <p className="text-xs text-gray-700">
        {quote.speaker ?? "Unattributed"}
        {quote.verb ? ` · ${quote.verb}` : ""} · {quote.kind} quote{quote.confidence === "low" ? " · low confidence (unclosed)" : ""}
      </p>
    </div>
  );
}

function WhyPaired({ match, model }: { match: MatchView; model: WorkspaceModel }) {
  const [a, b] = match.quotes.map((id) => model.quotes.get(id)?.source.outlet ?? "?");
  const trimmed = match.contained === "left" ? a : match.contained === "right" ? b : null;
  return (
    <p className="text-sm text-gray-800">
      {match.origin === "editor" ? "Linked by an editor" : "Paired by the engine"}: <strong>{match.relation}</strong> ({RELATION_HELP[match.relation] ?? "related"}
      {trimmed ? `; ${trimmed} has the trimmed part` : ""}), score {match.score.toFixed(2)} (share of the aligned words that are the same), {match.sharedWords} shared {match.sharedWords === 1 ? "word" : "words"}.
    </p>
  );
}

type PairDiffProps = { model: WorkspaceModel; comparisonId: string; from: string; to: string; hideTypography: boolean; onChanged?: () => void };

function PairDiff({ model, comparisonId, from, to, hideTypography, onChanged }: PairDiffProps) {
  const pair = diffBetween(model, from, to);
  if (!pair) return null;
  const left = model.quotes.get(from)?.source.outlet ?? "left";
  const right = model.quotes.get(to)?.source.outlet ?? "right";
  return (
    <div className="space-y-2">
      <WhyPaired match={pair.match} model={model} />
      <MatchControls model={model} comparisonId={comparisonId} match={pair.match} onChanged={onChanged} />
      {pair.ops ? (
        <div className="rounded border border-gray-200 bg-white p-2">
          <p className="mb-1 text-xs text-gray-700">
            <del className="diff">Struck</del> words are only in {left}; <ins className="diff">underlined</ins> words only in {right}.
          </p>
          <WordDiff ops={pair.ops} hideTypography={hideTypography} />
        </div>
      ) : (
        <p className="text-sm">The quotes differ too much to show word by word; compare them in the texts.</p>
      )}
    </div>
  );
}

function Permalink({ fingerprint }: { fingerprint: string }) {
  const [copied, setCopied] = useState(false);
  const href = `?d=${encodeURIComponent(fingerprint)}`;
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm">
      <a href={href} className="text-blue-800 underline">
        Permalink to this discrepancy
      </a>
      <button
        type="button"
        className="rounded border border-gray-400 px-2 py-0.5"
        onClick={() => {
          const url = new URL(href, window.location.href).toString();
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        Copy link
      </button>
      <span role="status" className="text-green-800">
        {copied ? "Link copied." : ""}
      </span>
    </p>
  );
}

function DiscrepancyDetail({ d, model, hideTypography, onReveal, onSelect, comparisonId, usedTags, reviewRef }: Omit<Props, "selection" | "missing" | "onHideTypography"> & { d: DiscrepancyView }) {
  const infos = d.quotes.map((id) => model.quotes.get(id)).filter((i): i is QuoteInfo => i !== undefined);
  const [from, to] = d.quotes;
  // A link or unlink re-analyses: this discrepancy goes, so the quote stays selected instead.
  const fromKey = from === undefined ? undefined : model.quotes.get(from)?.quote.key;
  const keepQuote = () => (fromKey === undefined ? undefined : onSelect({ type: "quote", key: fromKey }));
  return (
    <article aria-labelledby="detail-title" className="space-y-3">
      <h3 id="detail-title" className="font-semibold break-words whitespace-pre-wrap">
        {discrepancyHeading(d)}
      </h3>
      <p className="flex items-start gap-2 text-sm">
        <SeverityIcon severity={d.severity} />
        <span>
          <strong>{SEVERITY_LABEL[d.severity]}</strong> · {d.message}
        </span>
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {infos.map((info) => (
          <QuoteCard key={info.quote.id} info={info} onReveal={onReveal} />
        ))}
      </div>
      {from && to ? <PairDiff model={model} comparisonId={comparisonId} from={from} to={to} hideTypography={hideTypography} onChanged={keepQuote} /> : null}
      {from && !to ? (
        <>
          <UnlinkedNotes comparisonId={comparisonId} overrides={overridesOf(model, from)} />
          <LinkForm key={from} model={model} comparisonId={comparisonId} quoteId={from} onChanged={keepQuote} />
        </>
      ) : null}
      <Permalink fingerprint={d.fingerprint} />
      <ReviewForm key={d.fingerprint} ref={reviewRef} discrepancyId={d.id} comparisonId={comparisonId} fingerprint={d.fingerprint} review={d.review} usedTags={usedTags} />
      <ReviewHistory review={d.review} />
    </article>
  );
}

type QuoteDetailProps = { info: QuoteInfo; model: WorkspaceModel; comparisonId: string; hideTypography: boolean; onReveal: (id: string) => void; onSelect: Props["onSelect"] };

function QuoteDetail({ info, model, comparisonId, hideTypography, onReveal, onSelect }: QuoteDetailProps) {
  return (
    <article aria-labelledby="detail-title" className="space-y-3">
      <h3 id="detail-title" className="font-semibold">
        Quote in {info.source.outlet}: {STATE_LABEL[info.state]}
      </h3>
      <QuoteCard info={info} onReveal={onReveal} />
      <UnlinkedNotes comparisonId={comparisonId} overrides={overridesOf(model, info.quote.id)} />
      {info.matches.map((m) => {
        const other = otherQuote(m, info.quote.id);
        const otherInfo = model.quotes.get(other);
        return (
          <section key={m.id} aria-label={`Compared with ${otherInfo?.source.outlet ?? "another source"}`} className="space-y-1">
            <h4 className="text-sm font-semibold">Compared with {otherInfo?.source.outlet ?? "another source"}</h4>
            <PairDiff model={model} comparisonId={comparisonId} from={info.quote.id} to={other} hideTypography={hideTypography} />
          </section>
        );
      })}
      {info.discrepancies.length > 0 ? (
        <section aria-label="Discrepancies of this quote" className="space-y-1">
          <h4 className="text-sm font-semibold">Discrepancies of this quote</h4>
          <ul className="space-y-1 text-sm">
            {info.discrepancies.map((d) => (
              <li key={d.id}>
                <button type="button" className="flex items-start gap-2 text-left text-blue-800 underline" onClick={() => onSelect({ type: "discrepancy", fingerprint: d.fingerprint })}>
                  <SeverityIcon severity={d.severity} />
                  {discrepancyHeading(d)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LinkForm key={info.quote.id} model={model} comparisonId={comparisonId} quoteId={info.quote.id} />
    </article>
  );
}

/** What is selected, in full: the pair's word diff, why the quotes were paired, and the review. */
export function DetailPanel({ model, comparisonId, selection, hideTypography, onHideTypography, usedTags, onSelect, onReveal, reviewRef, missing }: Props) {
  const discrepancy = selection?.type === "discrepancy" ? model.byFingerprint.get(selection.fingerprint) : undefined;
  const quoteId = selection?.type === "quote" ? model.idByKey.get(selection.key) : undefined;
  const quote = quoteId === undefined ? undefined : model.quotes.get(quoteId);
  return (
    <section aria-labelledby="detail-heading" className="flex h-full min-h-0 flex-col">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-200 px-3 py-2">
        <h2 id="detail-heading" className="text-lg font-semibold">
          Details
        </h2>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={hideTypography} onChange={(e) => onHideTypography(e.target.checked)} />
          Hide typography differences
        </label>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-3 py-2">
        {missing ? (
          <p role="alert" className="mb-3 rounded border border-amber-700 bg-amber-50 p-2 text-sm">
            The linked discrepancy is not in this comparison any more (a source may have changed and been re-analysed). Its review, if any, is listed under the reviews of discrepancies that no longer exist.
          </p>
        ) : null}
        {discrepancy ? (
          <DiscrepancyDetail d={discrepancy} model={model} comparisonId={comparisonId} hideTypography={hideTypography} usedTags={usedTags} onReveal={onReveal} onSelect={onSelect} reviewRef={reviewRef} />
        ) : quote ? (
          <QuoteDetail info={quote} model={model} comparisonId={comparisonId} hideTypography={hideTypography} onReveal={onReveal} onSelect={onSelect} />
        ) : (
          <p className="text-sm text-gray-700">Select a discrepancy in the list, or a quote in a text, to see its word diff and review it. Press ? for keyboard shortcuts.</p>
        )}
      </div>
    </section>
  );
}
