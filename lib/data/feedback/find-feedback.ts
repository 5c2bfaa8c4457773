import { getDb } from "@/lib/db";

export async function findFeedback(id: string) {
  const feedback = await getDb().projectFeedback.findUnique({
    where: { id },
    include: {
      comments: {
        orderBy: { createdAt: "asc" },
        include: {
          author: { select: { name: true } },
          authorUser: { select: { email: true, name: true } },
        },
      },
    },
  });
  if (!feedback) return null;
  const project = feedback.projectId
    ? await getDb().projectWorkspace.findUnique({
        where: { id: feedback.projectId },
        select: { id: true, name: true },
      })
    : null;
  return { ...feedback, project };
}
export type FeedbackDetail = NonNullable<Awaited<ReturnType<typeof findFeedback>>>;
