import type { Metadata } from "next";
import { NewFeedbackForm } from "@/components/feedback/new-feedback-form";
import { PageHeader } from "@/components/shell/page-header";
import { requireRole } from "@/lib/auth/require";
import { listProjectOptions } from "@/lib/data/projects/list-project-options";

export const metadata: Metadata = { title: "New feedback" };
export const dynamic = "force-dynamic";

export default async function NewFeedbackPage() {
  await requireRole("operator");
  return (
    <>
      <PageHeader title="New feedback" />
      <NewFeedbackForm projects={await listProjectOptions()} />
    </>
  );
}
