import type { Metadata } from "next";
import { AddUserForm } from "@/components/settings/add-user-form";
import { UsersTable } from "@/components/settings/users-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/require";
import { listUsers } from "@/lib/data/users/list-users";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  await requireRole("admin");
  const users = await listUsers();
  return (
    <>
      <PageHeader
        title="Users and roles"
        description="Viewers read, operators also act, admins also manage users and settings."
      />
      <Card>
        <CardContent className="px-3 sm:px-5">
          <UsersTable users={users} />
        </CardContent>
      </Card>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Add a user</CardTitle>
        </CardHeader>
        <CardContent>
          <AddUserForm />
        </CardContent>
      </Card>
    </>
  );
}
