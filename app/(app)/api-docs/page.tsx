import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ApiOperationCard } from "@/components/api-docs/api-operation-card";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { API_ROUTES } from "@/lib/api/openapi/api-routes";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { requireSession } from "@/lib/auth/require";

export const metadata: Metadata = { title: "JSON API" };
export const dynamic = "force-dynamic";

type Parameter = { name: string; in: string; required: boolean; schema?: { type?: unknown } };

export default async function ApiDocsPage() {
  await requireSession();
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "127.0.0.1:3000";
  const origin = `${list.get("x-forwarded-proto") ?? "http"}://${host}`;
  const document = buildOpenApiDocument(origin);
  const paths = document.paths as Record<string, Record<string, { parameters?: Parameter[] }>>;
  return (
    <>
      <PageHeader
        title="JSON API"
        description="Version 1, for scripts, agents and the mc command line. Errors are JSON: { error, field?, issues? }."
      />
      <Card className="mb-6">
        <CardContent className="space-y-2 pt-6 text-sm">
          <p>
            Send an API token (<Link href="/settings/tokens">Settings → API tokens</Link>) as{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>. The machine-readable description is{" "}
            <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1, generated from the
            same schemas the routes check bodies with).
          </p>
          <pre className="overflow-auto rounded-md bg-muted p-3 text-xs">
            {`npx mc login ${origin} --token <token>\nnpx mc status`}
          </pre>
        </CardContent>
      </Card>
      <div className="space-y-4">
        {API_ROUTES.map((route) => (
          <ApiOperationCard
            key={`${route.method} ${route.path}`}
            route={route}
            origin={origin}
            parameters={paths[route.path]?.[route.method.toLowerCase()]?.parameters ?? []}
          />
        ))}
      </div>
    </>
  );
}
