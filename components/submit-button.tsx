"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = { children: ReactNode; pendingText: string; className?: string };

/** A submit button that says what is happening while its form's action runs. */
export function SubmitButton({ children, pendingText, className = "" }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={`disabled:opacity-60 ${className}`}>
      {pending ? pendingText : children}
    </button>
  );
}
