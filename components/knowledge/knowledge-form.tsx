"use client";

import { useActionState } from "react";
import {
  createKnowledgeAction,
  type KnowledgeFormState,
  updateKnowledgeAction,
} from "@/app/(app)/knowledge/actions";
import { TYPE_LABELS } from "@/components/knowledge/knowledge-labels";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

type Field = "title" | "description" | "type" | "category" | "confidence" | "createdByIdentityId";

/** Creates an entry, or edits the one with `id`. */
export function KnowledgeForm({
  id,
  initial,
  identities,
  categories,
}: {
  id?: string;
  initial: Record<Field, string>;
  identities: { id: string; name: string }[];
  categories: string[];
}) {
  const [state, action, pending] = useActionState<KnowledgeFormState, FormData>(
    id ? updateKnowledgeAction : createKnowledgeAction,
    {},
  );
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: Field) => ({
    id: `knowledge-${name}`,
    name,
    defaultValue: state.values?.[name] ?? initial[name],
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `knowledge-${name}-error`,
  });
  // React resets a form after its action; a select keeps the default it had when it mounted, so
  // it is mounted again whenever its default changes.
  const selectKey = (name: Field) => `${name}:${control(name).defaultValue}`;
  return (
    <form
      action={action}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label={id ? "Edit knowledge" : "New knowledge"}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="sm:col-span-2">
        <FormField id="knowledge-title" label="Title" error={error("title")}>
          <Input {...control("title")} />
        </FormField>
      </div>
      <div className="sm:col-span-2">
        <FormField id="knowledge-description" label="Description" error={error("description")}>
          <Textarea {...control("description")} rows={6} />
        </FormField>
      </div>
      <FormField id="knowledge-type" label="Type" error={error("type")}>
        <NativeSelect key={selectKey("type")} {...control("type")}>
          {initial.type in TYPE_LABELS ? null : (
            <option value={initial.type}>{initial.type}</option>
          )}
          {Object.entries(TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField
        id="knowledge-category"
        label="Category (database, mcp, testing…)"
        error={error("category")}
      >
        <Input {...control("category")} list="knowledge-categories" />
      </FormField>
      <datalist id="knowledge-categories">
        {categories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
      <FormField
        id="knowledge-confidence"
        label="Confidence (1 low, 10 high)"
        error={error("confidence")}
      >
        <Input {...control("confidence")} type="number" min={1} max={10} step={1} />
      </FormField>
      <FormField
        id="knowledge-createdByIdentityId"
        label="Created by"
        error={error("createdByIdentityId")}
      >
        <NativeSelect
          key={selectKey("createdByIdentityId")}
          {...control("createdByIdentityId")}
          className="max-w-full"
        >
          <option value="">No identity</option>
          {identities.map((identity) => (
            <option key={identity.id} value={identity.id}>
              {identity.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <FormSubmit
          pending={pending}
          message={state.ok ? state.message : undefined}
          errorId="knowledge-form-error"
          error={error("form")}
        >
          {id ? "Save changes" : "Create knowledge"}
        </FormSubmit>
      </div>
    </form>
  );
}
