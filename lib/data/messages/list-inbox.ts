import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const INBOX_PAGE_SIZE = 25;

/** An identity's inbox: messages to it and broadcasts, unread first, then newest. */
export async function listInbox(identityId: string, page: number) {
  const where: Prisma.InstanceMessageWhereInput = {
    OR: [{ toIdentityId: identityId }, { toIdentityId: null }],
  };
  const db = getDb();
  const [unread, total] = await Promise.all([
    db.instanceMessage.count({ where: { ...where, status: "unread" } }),
    db.instanceMessage.count({ where }),
  ]);
  // Two ordered slices (unread, then the others) keep the ordering index-friendly at 100k rows.
  const skip = (page - 1) * INBOX_PAGE_SIZE;
  const select = {
    id: true,
    messageType: true,
    messageSubject: true,
    messageBody: true,
    status: true,
    createdAt: true,
    toIdentityId: true,
    from: { select: { name: true } },
  } satisfies Prisma.InstanceMessageSelect;
  const unreadPage =
    skip < unread
      ? await db.instanceMessage.findMany({
          where: { ...where, status: "unread" },
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip,
          take: INBOX_PAGE_SIZE,
          select,
        })
      : [];
  const remaining = INBOX_PAGE_SIZE - unreadPage.length;
  const othersPage = remaining
    ? await db.instanceMessage.findMany({
        where: {
          AND: [where, { OR: [{ status: { in: ["read", "processed"] } }, { status: null }] }],
        },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip: Math.max(0, skip - unread),
        take: remaining,
        select,
      })
    : [];
  return {
    items: [...unreadPage, ...othersPage],
    total,
    unread,
    page,
    pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
  };
}
export type InboxMessage = Awaited<ReturnType<typeof listInbox>>["items"][number];
