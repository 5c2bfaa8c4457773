import { LogOut } from "lucide-react";
import { signOutAction } from "@/app/(app)/sign-out-action";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/actor";

export function UserMenu({ actor }: { actor: Actor }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <div className="hidden min-w-0 text-right text-xs sm:block">
        <div className="truncate font-medium" data-testid="current-user">
          {actor.email}
        </div>
        <div className="text-muted-foreground">{actor.role}</div>
      </div>
      <form action={signOutAction}>
        <Button variant="ghost" size="icon" type="submit" aria-label="Sign out">
          <LogOut />
        </Button>
      </form>
    </div>
  );
}
