import { NextResponse } from "next/server";
import { z } from "zod";
import { crossSiteWriteReason } from "@/lib/api/cross-site-write";
import { readJsonBody } from "@/lib/api/read-json-body";
import type { Actor } from "@/lib/auth/actor";
import { authorize, ForbiddenError, UnauthenticatedError } from "@/lib/auth/authorize";
import { getSessionActor } from "@/lib/auth/current-actor";
import type { Role } from "@/lib/auth/roles";
import { UserInputError } from "@/lib/errors/user-input-error";
import { tokenActor } from "@/lib/services/api-tokens/token-actor";

// Every `[param]` under app/api is the id of a row: anything else names nothing.
const pathIdSchema = z.array(z.uuid());

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler<Body> = (context: {
  actor: Actor;
  body: Body;
  request: Request;
  params: Record<string, string | string[]>;
}) => Promise<Response>;

/**
 * Wraps an API route: the caller must hold a session or an API token with the role, every path
 * parameter must be a UUID (else 404), and the JSON body (when a schema is given) must be at most
 * 1 MiB, hold no NUL character and parse. Errors become 4xx JSON, never a stack trace.
 */
export function withActor<Schema extends z.ZodType | undefined = undefined>(
  options: { role: Role; body?: Schema },
  handler: Handler<Schema extends z.ZodType ? z.infer<Schema> : undefined>,
) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    try {
      // A request that sends a token is judged by the token alone, never by a cookie beside it.
      const header = request.headers.get("authorization");
      const bearer = header?.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : null;
      const caller = bearer === null ? await getSessionActor() : await tokenActor(bearer);
      if (bearer !== null && !caller)
        return NextResponse.json(
          { error: "This API token is unknown, expired or revoked." },
          { status: 401 },
        );
      const actor = authorize(caller, options.role);
      const crossSite = bearer === null ? crossSiteWriteReason(request) : null;
      if (crossSite) return NextResponse.json({ error: crossSite }, { status: 403 });
      const params = (await route?.params) ?? {};
      if (!pathIdSchema.safeParse(Object.values(params).flat()).success)
        return NextResponse.json({ error: "Nothing has this id." }, { status: 404 });
      let body: unknown;
      if (options.body) {
        const read = await readJsonBody(request);
        if ("response" in read) return read.response;
        const parsed = options.body.safeParse(read.json);
        if (!parsed.success) {
          return NextResponse.json(
            {
              error: "Invalid request body.",
              issues: parsed.error.issues.map((i) => ({
                path: i.path.join("."),
                message: i.message,
              })),
            },
            { status: 400 },
          );
        }
        body = parsed.data;
      }
      return await handler({ actor, body: body as never, request, params });
    } catch (error) {
      if (error instanceof UnauthenticatedError)
        return NextResponse.json({ error: error.message }, { status: 401 });
      if (error instanceof ForbiddenError)
        return NextResponse.json({ error: error.message }, { status: 403 });
      if (error instanceof UserInputError)
        return NextResponse.json({ error: error.message, field: error.field }, { status: 422 });
      console.error(error);
      return NextResponse.json({ error: "Internal error." }, { status: 500 });
    }
  };
}
