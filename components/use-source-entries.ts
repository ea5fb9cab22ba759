"use client";

import { useEffect, useRef, useState } from "react";
import type { SourceValues } from "@/app/actions";

/**
 * One source's fieldset. `initial` travels with the entry (not its position) so that removing
 * a source never shows another one's text in its place; `submitted` is its position in the
 * last post, which is what the server's error keys refer to.
 */
export type SourceEntry = { uid: number; initial: SourceValues | undefined; submitted: number | null };

/** The form's list of sources: add, remove, reload from a post, and where focus goes after each. */
export function useSourceEntries(minSources: number, maxSources: number) {
  const nextUid = useRef(minSources);
  const [entries, setEntries] = useState<SourceEntry[]>(() => Array.from({ length: minSources }, (_, i) => ({ uid: i, initial: undefined, submitted: null })));
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<"added" | "removed" | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    const last = entries[entries.length - 1];
    if (target === "added" && last) document.getElementById(`source-${last.uid}-outlet`)?.focus();
    if (target === "removed") addButton.current?.focus();
  }, [entries]);

  const add = () => {
    focusAfter.current = "added";
    setEntries((current) => (current.length >= maxSources ? current : [...current, { uid: nextUid.current++, initial: undefined, submitted: null }]));
  };
  const remove = (uid: number) => {
    focusAfter.current = "removed";
    setEntries((current) => current.filter((e) => e.uid !== uid));
  };
  const loadSubmitted = (sources: SourceValues[]) => {
    setEntries((current) => sources.map((initial, i) => ({ uid: current[i]?.uid ?? nextUid.current++, initial, submitted: i })));
  };
  return { entries, add, remove, loadSubmitted, addButton };
}
