import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export function CountCard({
  label,
  value,
  href,
  detail,
}: {
  label: string;
  value: number;
  href: string;
  detail?: string;
}) {
  return (
    <Link
      href={href}
      className="rounded-xl focus-visible:outline-2"
      data-testid={`count-${label.toLowerCase().replaceAll(" ", "-")}`}
    >
      <Card className="h-full gap-2 py-4 transition-colors hover:bg-accent/50">
        <CardHeader className="px-4">
          <CardTitle className="text-sm font-medium text-muted-foreground">{label}</CardTitle>
        </CardHeader>
        <CardContent className="px-4">
          <div className="text-3xl font-semibold tabular-nums" data-testid="count-value">
            {value}
          </div>
          {detail ? <div className="text-xs text-muted-foreground">{detail}</div> : null}
        </CardContent>
      </Card>
    </Link>
  );
}
