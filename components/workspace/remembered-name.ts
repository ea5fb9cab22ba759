"use client";
/**
 * The reviewer's name, remembered in this browser until there are accounts. Every review form
 * shows the same name, and a change in one tab reaches the others through the storage event.
 */
import { useSyncExternalStore } from "react";

const KEY = "quote-compare:reviewer";
const listeners = new Set<() => void>();

function read(): string {
  try {
    return window.localStorage.getItem(KEY) ?? "";
  } catch {
    return ""; // Storage disabled: the name lasts as long as the field.
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

let fallback = "";

export function setRememberedName(name: string): void {
  try {
    window.localStorage.setItem(KEY, name);
  } catch {
    fallback = name;
  }
  for (const listener of listeners) listener();
}

/** The remembered name; "" while rendering on the server and before hydration. */
export function useRememberedName(): string {
  return useSyncExternalStore(subscribe, () => read() || fallback, () => "");
}
