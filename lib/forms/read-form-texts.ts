import { hasNul, NUL_MESSAGE } from "@/lib/validation/nul-character";

/**
 * The named inputs of a submitted form as text (an absent one is ""), and a message for each
 * that cannot be text: a file where text belongs, or a NUL character Postgres would refuse.
 */
export function readFormTexts(formData: FormData, names: readonly string[]) {
  const texts: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name) ?? "";
    if (typeof value !== "string") {
      texts[name] = "";
      errors[name] = "Send text here, not a file.";
    } else {
      texts[name] = value;
      if (hasNul(value)) errors[name] = NUL_MESSAGE;
    }
  }
  return { texts, errors };
}
