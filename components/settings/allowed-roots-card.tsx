import { AllowedRootsForm } from "@/components/settings/allowed-roots-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function AllowedRootsCard({ roots, canEdit }: { roots: string[]; canEdit: boolean }) {
  return (
    <Card role="region" aria-labelledby="allowed-roots-title">
      <CardHeader>
        <CardTitle id="allowed-roots-title">Projects</CardTitle>
        <CardDescription>
          Folders under which projects may be registered: a project&apos;s path must be one of them
          or inside one.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {canEdit ? (
          <AllowedRootsForm roots={roots} />
        ) : (
          <ul className="flex flex-col gap-1 text-sm" aria-label="Allowed project roots">
            {roots.map((root) => (
              <li key={root} className="break-all font-mono">
                {root}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
