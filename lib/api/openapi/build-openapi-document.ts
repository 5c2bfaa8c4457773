import type { ApiRoute } from "@/lib/api/openapi/api-route";
import { API_ROUTES } from "@/lib/api/openapi/api-routes";
import { jsonSchemaOf } from "@/lib/api/openapi/json-schema-of";
import { apiErrorSchema } from "@/lib/validation/api-v1";

const ERROR_REF = { $ref: "#/components/schemas/ApiError" };

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ERROR_REF } },
});

function parametersOf(route: ApiRoute) {
  const path = Object.entries(route.params ?? {}).map(([name, description]) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string", format: "uuid" },
  }));
  if (!route.query) return path;
  const query = jsonSchemaOf(route.query, "input");
  const required = new Set(query.required ?? []);
  const fromQuery = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.has(name) && !("default" in schema),
    schema,
  }));
  return [...path, ...fromQuery];
}

function operationOf(route: ApiRoute) {
  const operationId = `${route.method.toLowerCase()}${route.path
    .replace(/^\/api\/v1/, "")
    .split(/[/.]/)
    .filter(Boolean)
    .map((part) => part.replace(/[{}]/g, ""))
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("")}`;
  const parameters = parametersOf(route);
  const responseContent: Record<string, unknown> = {
    schema: jsonSchemaOf(route.response.schema, "output"),
  };
  if (route.example?.response !== undefined) responseContent.example = route.example.response;
  const bodyContent: Record<string, unknown> | undefined = route.body && {
    schema: jsonSchemaOf(route.body, "input"),
    ...(route.example?.body === undefined ? {} : { example: route.example.body }),
  };
  return {
    operationId,
    summary: route.summary,
    description: `Needs the ${route.role} role (a session, or an API token as a bearer).`,
    ...(parameters.length ? { parameters } : {}),
    ...(bodyContent
      ? { requestBody: { required: true, content: { "application/json": bodyContent } } }
      : {}),
    responses: {
      [String(route.response.status)]: {
        description: route.response.description,
        content: { "application/json": responseContent },
      },
      ...(route.body || route.query
        ? { "400": errorResponse("The body or query does not parse; `issues` says where.") }
        : {}),
      "401": errorResponse("No session, or the token is unknown, expired or revoked."),
      "403": errorResponse("The caller's role is too low."),
      ...(route.params ? { "404": errorResponse("Unknown id.") } : {}),
      ...(route.method === "GET"
        ? {}
        : {
            "422": errorResponse("A rule was broken; `field` names the field when there is one."),
          }),
    },
  };
}

/** The OpenAPI 3.1 document of `/api/v1`, generated from the schemas the routes parse with. */
export function buildOpenApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    paths[route.path] ??= {};
    paths[route.path][route.method.toLowerCase()] = operationOf(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Mission Control API",
      version: "1",
      description:
        "Runs and watches AI coding agents. Send an API token (Settings → API tokens) as `Authorization: Bearer <token>`. Errors are JSON: `{ error, field?, issues? }`.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths,
    components: {
      schemas: { ApiError: jsonSchemaOf(apiErrorSchema, "output") },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
