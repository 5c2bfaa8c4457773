import { ChangeRoleForm } from "@/components/settings/change-role-form";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { roleSchema } from "@/lib/auth/roles";
import type { UserListItem } from "@/lib/data/users/list-users";

export function UsersTable({ users }: { users: UserListItem[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>User</TableHead>
          <TableHead>Role</TableHead>
          <TableHead className="hidden sm:table-cell">Last sign-in</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id} data-testid="user-row">
            <TableCell className="max-w-[40vw] sm:max-w-none">
              <div className="truncate font-medium">{user.name}</div>
              <div className="truncate text-xs text-muted-foreground">{user.email}</div>
            </TableCell>
            <TableCell>
              <ChangeRoleForm
                userId={user.id}
                email={user.email}
                role={roleSchema.parse(user.role)}
              />
            </TableCell>
            <TableCell className="hidden text-muted-foreground sm:table-cell">
              {user.lastLoginAt
                ? `${user.lastLoginAt.toISOString().replace("T", " ").slice(0, 16)} UTC`
                : "never"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
