import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApiRoute } from "@/lib/api/openapi/api-route";
import { jsonSchemaOf } from "@/lib/api/openapi/json-schema-of";

type Parameter = { name: string; in: string; required: boolean; schema?: { type?: unknown } };

function Json({ value, label }: { value: unknown; label: string }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium">{label}</summary>
      <pre className="mt-1 max-h-80 overflow-auto rounded-md bg-muted p-3 text-xs">
        {JSON.stringify(value, null, 2)}
      </pre>
    </details>
  );
}

function curlOf(route: ApiRoute, origin: string) {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`);
  const body =
    route.body && route.example?.body !== undefined
      ? ` \\\n  -H 'content-type: application/json' -d '${JSON.stringify(route.example.body)}'`
      : "";
  const method = route.method === "GET" ? "" : ` -X ${route.method}`;
  return `curl${method} ${origin}${path} \\\n  -H "authorization: Bearer $MC_TOKEN"${body}`;
}

/** One operation of the JSON API: what it takes, what it answers, and a curl to try it. */
export function ApiOperationCard({
  route,
  parameters,
  origin,
}: {
  route: ApiRoute;
  parameters: Parameter[];
  origin: string;
}) {
  return (
    <Card id={`${route.method}-${route.path}`}>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2 font-mono text-base">
          <Badge variant={route.method === "GET" ? "secondary" : "default"}>{route.method}</Badge>
          <span className="break-all">{route.path}</span>
        </CardTitle>
        <CardDescription>
          {route.summary} Needs the <strong>{route.role}</strong> role.
        </CardDescription>
      </CardHeader>
      <CardContent className="text-sm">
        {parameters.length ? (
          <ul className="mb-2 list-disc pl-5">
            {parameters.map((parameter) => (
              <li key={`${parameter.in}-${parameter.name}`}>
                <code>{parameter.name}</code> ({parameter.in}
                {parameter.required ? ", required" : ""}
                {typeof parameter.schema?.type === "string" ? `, ${parameter.schema.type}` : ""})
              </li>
            ))}
          </ul>
        ) : null}
        {route.body ? <Json label="Body schema" value={jsonSchemaOf(route.body, "input")} /> : null}
        {route.example?.body !== undefined ? (
          <Json label="Example body" value={route.example.body} />
        ) : null}
        <p className="mt-2">
          Answers <strong>{route.response.status}</strong>: {route.response.description}
        </p>
        {route.example?.response !== undefined ? (
          <Json label="Example answer" value={route.example.response} />
        ) : (
          <Json label="Answer schema" value={jsonSchemaOf(route.response.schema, "output")} />
        )}
        <pre className="mt-3 overflow-auto rounded-md bg-muted p-3 text-xs">
          {curlOf(route, origin)}
        </pre>
      </CardContent>
    </Card>
  );
}
