/** What a form's server action answers, and what the form shows from it. */
export type FormState = {
  ok?: boolean;
  message?: string;
  /** One message per input name; `form` for the form as a whole. */
  fieldErrors?: Record<string, string>;
  /** What was sent, so the form shows it again. */
  values?: Record<string, string>;
};
