"use client";

import { Dialog } from "radix-ui";
import { SHORTCUTS } from "./shortcuts";

type Props = { open: boolean; onOpenChange: (open: boolean) => void };

/** The `?` overlay: every shortcut, in a modal dialog that traps focus and closes on Escape. */
export function ShortcutsDialog({ open, onOpenChange }: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger className="rounded border border-gray-400 px-2 py-0.5 text-sm hover:bg-gray-100">
        Keyboard shortcuts <kbd className="rounded border border-gray-400 bg-gray-50 px-1 text-xs">?</kbd>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,92vw)] -translate-x-1/2 -translate-y-1/2 space-y-3 rounded bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="text-sm text-gray-700">
            They work anywhere in the workspace except while typing in a field. Tab and Shift+Tab reach every control; Enter or Space on a quote’s icon selects it.
          </Dialog.Description>
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th scope="col" className="pb-1 text-left">
                  Key
                </th>
                <th scope="col" className="pb-1 text-left">
                  Does
                </th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.key}>
                  <td className="py-0.5 pr-4">
                    <kbd className="rounded border border-gray-400 bg-gray-50 px-1.5">{s.key}</kbd>
                  </td>
                  <td className="py-0.5">{s.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Dialog.Close className="rounded bg-gray-800 px-3 py-1 text-white">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
