import path from "node:path";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { hasHubData } from "@/lib/data/demo/has-hub-data";
import { insertFeedback } from "@/lib/data/feedback/insert-feedback";
import { insertIdentity } from "@/lib/data/identities/insert-identity";
import { insertKnowledgeEntries } from "@/lib/data/knowledge/insert-knowledge-entries";
import { insertMessages } from "@/lib/data/messages/insert-messages";
import { insertProcedures } from "@/lib/data/procedures/insert-procedures";
import { insertProject } from "@/lib/data/projects/insert-project";
import { insertSessions } from "@/lib/data/sessions/insert-sessions";
import { inTransaction } from "@/lib/data/transaction";
import { createDemoRepository } from "@/lib/services/demo/create-demo-repository";
import {
  demoFeedback,
  demoIdentities,
  demoKnowledge,
  demoMessages,
  demoProcedures,
  demoProjects,
  demoSessions,
} from "@/lib/services/demo/demo-content";

const HOUR = 60 * 60 * 1000;

/** Seeds the demo workspace into an empty database; returns false when there was data already. */
export async function seedDemoData(dataDir: string, now = new Date()): Promise<boolean> {
  if (await hasHubData()) return false;
  const projectsDir = path.join(dataDir, "projects");
  for (const project of demoProjects) {
    await createDemoRepository(path.join(projectsDir, project.name), project.files);
  }
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);

  await inTransaction(async (tx) => {
    const identityIds = new Map<string, string>();
    for (const identity of demoIdentities) {
      const row = await insertIdentity(tx, identity);
      identityIds.set(identity.name, row.id);
    }
    const id = (name: string) => identityIds.get(name) as string;

    const projectIds = new Map<string, string>();
    for (const project of demoProjects) {
      const row = await insertProject(tx, {
        name: project.name,
        path: path.join(projectsDir, project.name),
        type: project.type,
        description: project.description,
      });
      projectIds.set(project.name, row.id);
    }

    await insertSessions(
      tx,
      demoSessions.map((session) => ({
        identityId: id(session.identity),
        projectName: session.project,
        sessionStart: hoursAgo(session.startedHoursAgo),
        sessionEnd: session.durationHours
          ? hoursAgo(session.startedHoursAgo - session.durationHours)
          : null,
        sessionSummary: session.summary ?? null,
        tasksCompleted: session.tasks ?? [],
        learningsGained: session.learnings ?? [],
        challengesEncountered: session.challenges ?? [],
        sessionMetadata: { source: "demo" },
      })),
    );

    for (const [index, item] of demoFeedback.entries()) {
      const createdAt = hoursAgo(48 - index * 6);
      await insertFeedback(tx, {
        projectId: projectIds.get(item.project),
        type: item.type,
        title: item.title,
        description: item.description,
        status: item.status,
        priority: item.priority,
        reportedBy: item.reportedBy,
        createdAt,
        updatedAt: createdAt,
        resolvedAt: item.status === "resolved" ? hoursAgo(10) : null,
        comments: item.comments.map((c) => ({
          authorIdentityId: id(c.author),
          commentText: c.text,
        })),
      });
    }

    await insertProcedures(
      tx,
      demoProcedures.map((p) => ({
        name: p.name,
        type: p.type,
        shortDescription: p.shortDescription,
        locationType: p.locationType,
        filePath: p.filePath,
        appliesToProjects: [...p.appliesTo],
        mandatory: p.mandatory,
        frequency: p.frequency,
      })),
    );

    await insertKnowledgeEntries(
      tx,
      demoKnowledge.map((k) => ({
        title: k.title,
        description: k.description,
        knowledgeType: k.type,
        knowledgeCategory: k.category,
        confidenceLevel: k.confidence,
        createdByIdentityId: id(k.author),
      })),
    );

    await insertMessages(
      tx,
      demoMessages.map((m, index) => ({
        fromIdentityId: id(m.from),
        toIdentityId: m.to ? id(m.to) : null,
        messageType: m.type,
        messageSubject: m.subject,
        messageBody: m.body,
        status: m.status,
        readAt: m.status === "unread" ? null : hoursAgo(1),
        createdAt: hoursAgo(12 - index),
      })),
    );

    await insertAuditEntry(tx, {
      operation: "seed_demo_data",
      targetType: "database",
      details: { projects: demoProjects.length },
    });
  });
  return true;
}
