/**
 * Reading server actions' FormData: a field's text ("" when absent or a file), or several at
 * once for a zod schema. Kept apart because a "use server" file may export only actions.
 */
export function formText(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}

export function formFields<K extends string>(formData: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((k) => [k, formText(formData, k)])) as Record<K, string>;
}
