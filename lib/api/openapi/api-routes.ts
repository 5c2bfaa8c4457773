import type { ApiRoute } from "@/lib/api/openapi/api-route";
import { apiNewMissionSchema } from "@/lib/validation/api-missions";
import {
  apiApprovalDecidedSchema,
  apiApprovalDecisionSchema,
  apiCancelRequestedSchema,
  apiCommentCreatedSchema,
  apiFeedbackCommentSchema,
  apiFeedbackCreatedSchema,
  apiFeedbackStatusChangedSchema,
  apiFeedbackStatusSchema,
  apiInboxQuerySchema,
  apiInboxSchema,
  apiKnowledgeAppliedSchema,
  apiKnowledgeCreatedSchema,
  apiKnowledgeListSchema,
  apiMessageSentSchema,
  apiMissionCreatedSchema,
  apiMissionListSchema,
  apiMissionViewSchema,
  apiOpenApiDocumentSchema,
  apiProjectContextSchema,
  apiProjectListSchema,
  apiSessionClosedSchema,
  apiSessionEndSchema,
  apiSessionListSchema,
  apiStatusSchema,
} from "@/lib/validation/api-v1";
import { newFeedbackSchema } from "@/lib/validation/feedback";
import { knowledgeFiltersSchema, knowledgeInputSchema } from "@/lib/validation/knowledge";
import { newMessageSchema } from "@/lib/validation/messages";
import { missionListQuerySchema, missionViewQuerySchema } from "@/lib/validation/missions";
import { sessionFiltersSchema } from "@/lib/validation/sessions";

const MISSION_ID = "3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70";
const PROJECT_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const APPROVAL_ID = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
const FEEDBACK_ID = "5d6e7f80-1a2b-4c3d-9e4f-5a6b7c8d9e0f";
const IDENTITY_ID = "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b";

/** Every `/api/v1` operation; the routes parse with these same schemas. */
export const API_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/status",
    summary: "What needs a person, what runs, what failed lately and the runner's health.",
    role: "viewer",
    response: { status: 200, description: "The status.", schema: apiStatusSchema },
  },
  {
    method: "GET",
    path: "/api/v1/projects",
    summary: "Every registered project's id and name.",
    role: "viewer",
    response: { status: 200, description: "The projects.", schema: apiProjectListSchema },
    example: { response: { items: [{ id: PROJECT_ID, name: "my-app" }] } },
  },
  {
    method: "GET",
    path: "/api/v1/projects/{id}/context",
    summary:
      "The context a launch gets for a project: its Markdown, unclosed sessions, mandatory procedures, recent sessions and open feedback.",
    role: "viewer",
    params: { id: "The project's id." },
    response: { status: 200, description: "The context.", schema: apiProjectContextSchema },
  },
  {
    method: "GET",
    path: "/api/v1/missions",
    summary: "One page of missions, newest first, with unit progress and pending approvals.",
    role: "viewer",
    query: missionListQuerySchema,
    response: { status: 200, description: "A page of missions.", schema: apiMissionListSchema },
  },
  {
    method: "POST",
    path: "/api/v1/missions",
    summary: "Starts a mission; what the body leaves out comes from the mission defaults.",
    role: "operator",
    body: apiNewMissionSchema,
    response: { status: 201, description: "The mission, queued.", schema: apiMissionCreatedSchema },
    example: {
      body: { projectId: PROJECT_ID, objective: "Add a --json flag to the export", workers: 2 },
      response: { id: MISSION_ID, url: `/missions/${MISSION_ID}` },
    },
  },
  {
    method: "GET",
    path: "/api/v1/missions/{id}",
    summary: "One mission with its rounds, units, merges, approvals and cost.",
    role: "viewer",
    params: { id: "The mission's id." },
    query: missionViewQuerySchema,
    response: { status: 200, description: "The mission.", schema: apiMissionViewSchema },
  },
  {
    method: "POST",
    path: "/api/v1/missions/{id}/cancel",
    summary: "Asks a running mission to stop (pending approvals are rejected).",
    role: "operator",
    params: { id: "The mission's id." },
    response: {
      status: 202,
      description: "The cancel is recorded.",
      schema: apiCancelRequestedSchema,
    },
    example: { response: { id: MISSION_ID, cancelRequested: true } },
  },
  {
    method: "POST",
    path: "/api/v1/approvals/{id}",
    summary: "Approves or rejects a pending approval, once.",
    role: "operator",
    params: { id: "The approval's id (from the status or the mission)." },
    body: apiApprovalDecisionSchema,
    response: { status: 200, description: "The decision.", schema: apiApprovalDecidedSchema },
    example: {
      body: { decision: "approved" },
      response: { id: APPROVAL_ID, decision: "approved" },
    },
  },
  {
    method: "GET",
    path: "/api/v1/sessions",
    summary: "One page of agent sessions, newest first.",
    role: "viewer",
    query: sessionFiltersSchema,
    response: { status: 200, description: "A page of sessions.", schema: apiSessionListSchema },
  },
  {
    method: "POST",
    path: "/api/v1/sessions/{id}/end",
    summary:
      "Closes an open session with its summary, tasks completed, learnings and challenges (a launched agent's token: its own session only).",
    role: "operator",
    params: { id: "The session's id." },
    body: apiSessionEndSchema,
    response: {
      status: 200,
      description: "The session is closed.",
      schema: apiSessionClosedSchema,
    },
    example: {
      body: {
        summary: "Fixed the export's last row.",
        tasksCompleted: ["Reproduced the bug", "Fixed the loop bound"],
        learnings: ["The exporter counts from 1"],
        challenges: [],
      },
    },
  },
  {
    method: "POST",
    path: "/api/v1/feedback",
    summary: "Files a feedback item on a project.",
    role: "operator",
    body: newFeedbackSchema,
    response: { status: 201, description: "The new item.", schema: apiFeedbackCreatedSchema },
    example: {
      body: { projectId: PROJECT_ID, type: "bug", title: "Export drops the last row", priority: 2 },
    },
  },
  {
    method: "POST",
    path: "/api/v1/feedback/{id}/comments",
    summary: "Adds a comment to a feedback item.",
    role: "operator",
    params: { id: "The feedback item's id." },
    body: apiFeedbackCommentSchema,
    response: { status: 201, description: "The comment.", schema: apiCommentCreatedSchema },
    example: { body: { text: "Reproduced on main; the loop stops one short." } },
  },
  {
    method: "POST",
    path: "/api/v1/feedback/{id}/status",
    summary: "Moves a feedback item to new, in_progress, resolved or wont_fix.",
    role: "operator",
    params: { id: "The feedback item's id." },
    body: apiFeedbackStatusSchema,
    response: {
      status: 200,
      description: "The new status.",
      schema: apiFeedbackStatusChangedSchema,
    },
    example: { body: { status: "resolved" }, response: { id: FEEDBACK_ID, status: "resolved" } },
  },
  {
    method: "GET",
    path: "/api/v1/knowledge",
    summary: "Full-text search of the shared knowledge (`q`), best match first.",
    role: "viewer",
    query: knowledgeFiltersSchema,
    response: { status: 200, description: "A page of entries.", schema: apiKnowledgeListSchema },
  },
  {
    method: "POST",
    path: "/api/v1/knowledge",
    summary: "Adds a pattern, technique, gotcha or best practice to the shared knowledge.",
    role: "operator",
    body: knowledgeInputSchema,
    response: { status: 201, description: "The entry.", schema: apiKnowledgeCreatedSchema },
    example: {
      body: {
        title: "Run prisma generate after a schema change",
        description: "The client is generated; without it the types are stale.",
        type: "gotcha",
        category: "prisma",
        confidence: 8,
      },
    },
  },
  {
    method: "POST",
    path: "/api/v1/knowledge/{id}/applied",
    summary: "Counts one more use of a knowledge entry.",
    role: "operator",
    params: { id: "The knowledge entry's id." },
    response: { status: 200, description: "The new count.", schema: apiKnowledgeAppliedSchema },
  },
  {
    method: "GET",
    path: "/api/v1/messages",
    summary: "An identity's inbox: messages to it and broadcasts, unread first, then newest.",
    role: "viewer",
    query: apiInboxQuerySchema,
    response: { status: 200, description: "A page of messages.", schema: apiInboxSchema },
  },
  {
    method: "POST",
    path: "/api/v1/messages",
    summary: "Sends a message to an identity, or to every identity without `toIdentityId`.",
    role: "operator",
    body: newMessageSchema,
    response: { status: 201, description: "The message.", schema: apiMessageSentSchema },
    example: {
      body: {
        fromIdentityId: IDENTITY_ID,
        type: "status-update",
        subject: "Export fixed",
        body: "The last row is back; see the merge on mc/green.",
      },
    },
  },
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This document.",
    role: "viewer",
    response: { status: 200, description: "OpenAPI 3.1.", schema: apiOpenApiDocumentSchema },
  },
];
