"use client";

import { createKnowledgeAction, updateKnowledgeAction } from "@/app/(app)/knowledge/actions";
import { useFormAction } from "@/components/forms/use-form-action";
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
  const { state, formAction, pending, control, field } = useFormAction(
    id ? updateKnowledgeAction : createKnowledgeAction,
    { idPrefix: "knowledge", initial },
  );
  // React resets a form after its action; a select keeps the default it had when it mounted, so
  // it is mounted again whenever its default changes.
  const selectKey = (name: Field) => `${name}:${control(name).defaultValue}`;
  return (
    <form
      action={formAction}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label={id ? "Edit knowledge" : "New knowledge"}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="sm:col-span-2">
        <FormField {...field("title", "Title")}>
          <Input {...control("title")} />
        </FormField>
      </div>
      <div className="sm:col-span-2">
        <FormField {...field("description", "Description")}>
          <Textarea {...control("description")} rows={6} />
        </FormField>
      </div>
      <FormField {...field("type", "Type")}>
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
      <FormField {...field("category", "Category (database, mcp, testing…)")}>
        <Input {...control("category")} list="knowledge-categories" />
      </FormField>
      <datalist id="knowledge-categories">
        {categories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
      <FormField {...field("confidence", "Confidence (1 low, 10 high)")}>
        <Input {...control("confidence")} type="number" min={1} max={10} step={1} />
      </FormField>
      <FormField {...field("createdByIdentityId", "Created by")}>
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
        <FormSubmit pending={pending} state={state} errorId="knowledge-form-error">
          {id ? "Save changes" : "Create knowledge"}
        </FormSubmit>
      </div>
    </form>
  );
}
