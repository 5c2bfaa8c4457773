import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function DataDirectoryCard({ dataDir }: { dataDir: string }) {
  return (
    <Card role="region" aria-labelledby="data-directory-title">
      <CardHeader>
        <CardTitle id="data-directory-title">Data directory</CardTitle>
        <CardDescription>
          Where Mission Control keeps its secrets file, the embedded database (when no{" "}
          <code>DATABASE_URL</code> is set) and the demo projects. Set by <code>MC_DATA_DIR</code>{" "}
          at start; it cannot be changed here.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <code className="block break-all rounded bg-muted px-2 py-1 text-sm" data-testid="data-dir">
          {dataDir}
        </code>
      </CardContent>
    </Card>
  );
}
