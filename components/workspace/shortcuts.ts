/** The workspace's keyboard shortcuts: one list for the handler and the help overlay. */
export const SHORTCUTS = [
  { key: "j", action: "next", label: "Next discrepancy" },
  { key: "k", action: "previous", label: "Previous discrepancy" },
  { key: "c", action: "confirm", label: "Confirm the selected discrepancy" },
  { key: "d", action: "dismiss", label: "Dismiss the selected discrepancy" },
  { key: "r", action: "needs_review", label: "Mark the selected discrepancy as needing review" },
  { key: "o", action: "reopen", label: "Reopen the selected discrepancy" },
  { key: "n", action: "note", label: "Write a note on the selected discrepancy" },
  { key: "/", action: "search", label: "Search the discrepancy list" },
  { key: "t", action: "typography", label: "Show or hide typography differences" },
  { key: "?", action: "help", label: "Show this help" },
  { key: "Escape", action: "escape", label: "Leave a text field; close this help" },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]["action"];

const BY_KEY = new Map<string, ShortcutAction>(SHORTCUTS.map((s) => [s.key, s.action]));

/** Where typing must not trigger shortcuts. */
function isEditable(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  return false;
}

/** The action a key press asks for, or null (typing in a field, modifiers, other keys). */
export function shortcutFor(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target">): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isEditable(event.target)) return event.key === "Escape" ? "escape" : null;
  return BY_KEY.get(event.key) ?? null;
}
