import type { Metadata } from "next";
import { ProjectForm } from "@/components/launcher/project-form";
import { PageHeader } from "@/components/shell/page-header";
import { requireRole } from "@/lib/auth/require";
import { readSetting } from "@/lib/settings/read-setting";

export const metadata: Metadata = { title: "Register project" };
export const dynamic = "force-dynamic";

export default async function NewProjectPage() {
  await requireRole("operator");
  const roots = await readSetting("projects.allowed_roots");
  return (
    <>
      <PageHeader
        title="Register project"
        description={`The folder must exist under ${roots.join(" or ")}.`}
      />
      <ProjectForm />
    </>
  );
}
