import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { withActor } from "@/lib/api/with-actor";

/** The OpenAPI 3.1 document of `/api/v1`, for any signed-in viewer or token. */
export const GET = withActor({ role: "viewer" }, async ({ request }) =>
  NextResponse.json(buildOpenApiDocument(new URL(request.url).origin)),
);
