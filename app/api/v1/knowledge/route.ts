import { NextResponse } from "next/server";
import { readQuery } from "@/lib/api/read-query";
import { withActor } from "@/lib/api/with-actor";
import { searchKnowledge } from "@/lib/data/knowledge/search-knowledge";
import { createKnowledge } from "@/lib/services/knowledge/create-knowledge";
import { knowledgeFiltersSchema, knowledgeInputSchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

/** Full-text search of the shared knowledge (`?q=`), best match first; one page. */
export const GET = withActor({ role: "viewer" }, async ({ request }) => {
  const query = readQuery(request, knowledgeFiltersSchema);
  if ("response" in query) return query.response;
  return NextResponse.json(await searchKnowledge(query.data));
});

/** Adds a pattern, technique, gotcha or best practice to the shared knowledge. */
export const POST = withActor(
  { role: "operator", body: knowledgeInputSchema },
  async ({ actor, body }) => {
    const created = await createKnowledge(actor, body);
    return NextResponse.json({ id: created.id, title: body.title }, { status: 201 });
  },
);
