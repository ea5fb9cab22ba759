"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import type { SourceView } from "@/server/comparison-view";
import type { WorkspaceModel } from "./model";
import { quoteTone } from "./quote-marks";

type Tick = { id: string; top: number; height: number; tone: string };

type Props = { source: SourceView; model: WorkspaceModel; scroller: RefObject<HTMLDivElement | null>; onPick: (quoteId: string) => void };

/**
 * Where the source's quotes sit, top to bottom, tinted by their worst discrepancy, with the
 * visible stretch outlined. Positions are measured from the rendered marks (and again on
 * resize); a click goes to the nearest quote. Mouse-only: the quote buttons and the
 * discrepancy list are the keyboard's way to the same places, so it is hidden from assistive tech.
 */
export function Minimap({ source, model, scroller, onPick }: Props) {
  const [ticks, setTicks] = useState<Tick[]>([]);
  const viewport = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      const total = Math.max(el.scrollHeight, 1);
      const next: Tick[] = [];
      for (const q of source.quotes) {
        const mark = document.getElementById(`quote-${q.id}`);
        const info = model.quotes.get(q.id);
        if (!mark || !info) continue;
        next.push({ id: q.id, top: mark.offsetTop / total, height: Math.max(mark.offsetHeight / total, 0.004), tone: quoteTone(info) });
      }
      setTicks(next);
    };
    // Drawn once per frame, after the scroll: reading and writing layout in the scroll event
    // itself would force a layout per event.
    let frame = 0;
    const drawViewport = () => {
      frame = 0;
      const box = viewport.current;
      if (!box) return;
      const total = Math.max(el.scrollHeight, 1);
      box.style.top = `${(100 * el.scrollTop) / total}%`;
      box.style.height = `${(100 * el.clientHeight) / total}%`;
    };
    const showViewport = () => {
      if (frame === 0) frame = requestAnimationFrame(drawViewport);
    };
    measure();
    showViewport();
    const observer = new ResizeObserver(() => {
      measure();
      showViewport();
    });
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    el.addEventListener("scroll", showViewport, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      el.removeEventListener("scroll", showViewport);
    };
  }, [source, model, scroller]);

  return (
    <div
      aria-hidden="true"
      data-testid={`minimap-${source.id}`}
      className="relative w-3 shrink-0 cursor-pointer border-l border-gray-200 bg-gray-50"
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        const at = (event.clientY - box.top) / Math.max(box.height, 1);
        let best: Tick | null = null;
        for (const t of ticks) if (!best || Math.abs(t.top - at) < Math.abs(best.top - at)) best = t;
        if (best) onPick(best.id);
      }}
    >
      <div ref={viewport} className="pointer-events-none absolute inset-x-0 border border-blue-600/70 bg-blue-500/10" />
      {ticks.map((t) => (
        <div key={t.id} className="minimap-tick absolute inset-x-0.5" data-tone={t.tone} style={{ top: `${100 * t.top}%`, height: `max(3px, ${100 * t.height}%)` }} />
      ))}
    </div>
  );
}
