import type { PlannedUnit } from "@/lib/data/missions/mission-json";

export function PlannedUnitList({ units }: { units: PlannedUnit[] }) {
  return (
    <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm">
      {units.map((unit, index) => (
        <li key={unit.key ?? index} className="break-words">
          <span className="font-medium">{unit.title || "(untitled)"}</span>
          {unit.key ? <code className="ml-1 text-xs text-muted-foreground">{unit.key}</code> : null}
          {unit.files.length || unit.dependsOn.length || unit.acceptance ? (
            <span className="block text-xs text-muted-foreground">
              {[
                unit.files.length ? `files: ${unit.files.join(", ")}` : "",
                unit.dependsOn.length ? `after: ${unit.dependsOn.join(", ")}` : "",
                unit.acceptance ? `done when: ${unit.acceptance}` : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
