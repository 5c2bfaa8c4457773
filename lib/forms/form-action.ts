import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/require";
import type { Role } from "@/lib/auth/roles";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { FormState } from "@/lib/forms/form-state";
import { readFormTexts } from "@/lib/forms/read-form-texts";
import { refusal } from "@/lib/forms/refusal";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

const NO_INPUT = z.object({});

type Options<Schema extends z.ZodType> = {
  role: Role;
  schema?: Schema;
  /** The inputs a user fills in, read as text and sent back with a refusal. */
  fields?: readonly string[];
  /** Read too, but with no place for a message (hidden inputs, a submit button's value). */
  hidden?: readonly string[];
  /** Filled in but never sent back (a password). */
  secret?: readonly string[];
};

type Handler<Input> = (context: {
  actor: Actor;
  input: Input;
  /** The `fields` as sent, for a service that parses its input itself or a form that keeps it. */
  values: Record<string, string>;
}) => Promise<FormState>;

const UNREADABLE = "This form could not be read. Reload the page and send it again.";

/** The submitted form: React passes `(state, formData)`, a plain `<form action>` only the data. */
function submittedForm(first: unknown, second: unknown): FormData | null {
  if (second instanceof FormData) return second;
  return first instanceof FormData && second === undefined ? first : null;
}

/**
 * Wraps a form's server action (the counterpart of `withActor` for API routes): the caller must
 * hold a session with the role (else /login or 403), the form must parse, and a `UserInputError`
 * from the handler is shown beside its field (or the form). Any other error, Next's `redirect()`
 * and `notFound()` among them, goes through untouched. A call that carries no form, an input that
 * is a file or holds a NUL character are refused before the schema runs, so nothing is written.
 * The audit row is not written here: the service writes it in the transaction of the change.
 */
export function formAction<Schema extends z.ZodType = typeof NO_INPUT>(
  { role, schema, fields = [], hidden = [], secret = [] }: Options<Schema>,
  handler: Handler<z.output<Schema>>,
) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    const actor = await requireRole(role);
    const form = submittedForm(previous, formData);
    if (!form) return refusal({ form: UNREADABLE }, { values: {} });
    const { texts, errors } = readFormTexts(form, [...fields, ...hidden, ...secret]);
    const values = Object.fromEntries(fields.map((name) => [name, texts[name]]));
    if (Object.keys(errors).length) return refusal(errors, { hidden, values });
    const parsed = (schema ?? NO_INPUT).safeParse(texts);
    if (!parsed.success) return refusal(fieldErrorsOf(parsed.error.issues), { hidden, values });
    try {
      return await handler({ actor, input: parsed.data as z.output<Schema>, values });
    } catch (error) {
      if (error instanceof UserInputError)
        return refusal({ [error.field ?? "form"]: error.message }, { hidden, values });
      throw error;
    }
  };
}
