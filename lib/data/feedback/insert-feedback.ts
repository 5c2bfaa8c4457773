import type { Transaction } from "@/lib/data/transaction";

export type NewFeedback = {
  projectId?: string | null;
  type: string;
  title: string;
  description: string | null;
  priority: number;
  status: string;
  reportedBy: string;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt?: Date | null;
  comments?: { authorIdentityId: string; commentText: string }[];
};

export function insertFeedback(tx: Transaction, { comments, ...feedback }: NewFeedback) {
  return tx.projectFeedback.create({
    data: { ...feedback, comments: comments && { create: comments } },
  });
}
