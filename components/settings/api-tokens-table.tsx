import { ApiTokenRevokeForm } from "@/components/settings/api-token-revoke-form";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { ApiTokenListItem } from "@/lib/data/api-tokens/list-api-tokens";

const day = (value: Date | null, none: string) =>
  value ? `${value.toISOString().replace("T", " ").slice(0, 16)} UTC` : none;

function TokenState({ token, now }: { token: ApiTokenListItem; now: Date }) {
  if (token.revokedAt) return <Badge variant="secondary">revoked {day(token.revokedAt, "")}</Badge>;
  if (token.expiresAt && token.expiresAt <= now) return <Badge variant="secondary">expired</Badge>;
  return <Badge variant="outline">active</Badge>;
}

/** Tokens with their role, dates and state; an active one has its Revoke button. */
export function ApiTokensTable({
  tokens,
  now,
  label,
  showOwner = false,
}: {
  tokens: ApiTokenListItem[];
  now: Date;
  label: string;
  showOwner?: boolean;
}) {
  if (tokens.length === 0) return <p className="text-sm text-muted-foreground">No tokens yet.</p>;
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>Token</TableHead>
          <TableHead className="hidden md:table-cell">Created</TableHead>
          <TableHead className="hidden sm:table-cell">Last used</TableHead>
          <TableHead className="hidden md:table-cell">Expires</TableHead>
          <TableHead>State</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((token) => {
          const active = !token.revokedAt && !(token.expiresAt && token.expiresAt <= now);
          return (
            <TableRow key={token.id} data-testid="api-token-row">
              <TableCell className="max-w-[45vw] sm:max-w-none">
                <div className="truncate font-medium">{token.name}</div>
                <div className="truncate text-xs text-muted-foreground">
                  {token.role ?? "as its user"}
                  {showOwner ? ` · ${token.user.email}` : ""}
                </div>
              </TableCell>
              <TableCell className="hidden text-muted-foreground md:table-cell">
                {day(token.createdAt, "")}
              </TableCell>
              <TableCell
                className="hidden text-muted-foreground sm:table-cell"
                data-testid="api-token-last-used"
              >
                {day(token.lastUsedAt, "never")}
              </TableCell>
              <TableCell className="hidden text-muted-foreground md:table-cell">
                {day(token.expiresAt, "never")}
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap items-center gap-2">
                  <TokenState token={token} now={now} />
                  {active ? <ApiTokenRevokeForm tokenId={token.id} name={token.name} /> : null}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
