import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FeedbackCommentForm } from "@/components/feedback/feedback-comment-form";
import { STATUS_LABELS, TYPE_LABELS } from "@/components/feedback/feedback-labels";
import { FeedbackStatusForm } from "@/components/feedback/feedback-status-form";
import { PageHeader } from "@/components/shell/page-header";
import { CreateFeedbackSqlPanel } from "@/components/sql-templates/create-feedback-sql-panel";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { findFeedback } from "@/lib/data/feedback/find-feedback";

export const metadata: Metadata = { title: "Feedback" };
export const dynamic = "force-dynamic";

export default async function FeedbackDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSession();
  const id = z.uuid().safeParse((await params).id);
  const feedback = id.success ? await findFeedback(id.data) : null;
  if (!feedback) notFound();
  const canAct = hasRole(actor.role, "operator");
  return (
    <>
      <PageHeader
        title={feedback.title}
        description={`${TYPE_LABELS[feedback.type ?? ""] ?? feedback.type ?? "—"} · ${STATUS_LABELS[feedback.status ?? "new"] ?? feedback.status} · priority ${feedback.priority ?? "—"} · reported by ${feedback.reportedBy ?? "unknown"}`}
      />
      <div className="flex flex-col gap-4">
        <p className="text-sm">
          Project:{" "}
          {feedback.project ? (
            <Link href={`/launcher#project-${feedback.project.id}`}>{feedback.project.name}</Link>
          ) : (
            "none"
          )}
        </p>
        {feedback.description ? (
          <p className="whitespace-pre-wrap break-words">{feedback.description}</p>
        ) : null}
        {canAct ? (
          <FeedbackStatusForm feedbackId={feedback.id} status={feedback.status ?? "new"} />
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>Comments ({feedback.comments.length})</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <ol className="flex flex-col gap-3">
              {feedback.comments.map((comment) => (
                <li key={comment.id} data-testid="comment" className="rounded-md border p-3">
                  <p className="whitespace-pre-wrap break-words text-sm">{comment.commentText}</p>
                  <p className="mt-1 text-xs text-muted-foreground">
                    {comment.authorUser?.email ?? comment.author?.name ?? "unknown"} ·{" "}
                    {comment.createdAt?.toISOString().replace("T", " ").slice(0, 16)} UTC
                  </p>
                </li>
              ))}
            </ol>
            {canAct ? <FeedbackCommentForm feedbackId={feedback.id} /> : null}
          </CardContent>
        </Card>
        <CreateFeedbackSqlPanel projectId={feedback.projectId} feedbackType={feedback.type} />
      </div>
    </>
  );
}
