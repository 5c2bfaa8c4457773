import type { McpTool } from "@/lib/mcp/define-tool";
import { addKnowledgeTool } from "@/lib/mcp/tools/add-knowledge";
import { cancelMissionTool } from "@/lib/mcp/tools/cancel-mission";
import { commentFeedbackTool } from "@/lib/mcp/tools/comment-feedback";
import { createFeedbackTool } from "@/lib/mcp/tools/create-feedback";
import { decideApprovalTool } from "@/lib/mcp/tools/decide-approval";
import { getMissionTool } from "@/lib/mcp/tools/get-mission";
import { getProjectContextTool } from "@/lib/mcp/tools/get-project-context";
import { listMissionsTool } from "@/lib/mcp/tools/list-missions";
import { listProjectsTool } from "@/lib/mcp/tools/list-projects";
import { markKnowledgeAppliedTool } from "@/lib/mcp/tools/mark-knowledge-applied";
import { readInboxTool } from "@/lib/mcp/tools/read-inbox";
import { recordSessionEndTool } from "@/lib/mcp/tools/record-session-end";
import { recordSessionStartTool } from "@/lib/mcp/tools/record-session-start";
import { searchKnowledgeTool } from "@/lib/mcp/tools/search-knowledge";
import { sendMessageTool } from "@/lib/mcp/tools/send-message";
import { startMissionTool } from "@/lib/mcp/tools/start-mission";
import { updateFeedbackStatusTool } from "@/lib/mcp/tools/update-feedback-status";

export const MCP_TOOLS: McpTool[] = [
  listProjectsTool,
  getProjectContextTool,
  listMissionsTool,
  getMissionTool,
  startMissionTool,
  cancelMissionTool,
  decideApprovalTool,
  recordSessionStartTool,
  recordSessionEndTool,
  createFeedbackTool,
  commentFeedbackTool,
  updateFeedbackStatusTool,
  searchKnowledgeTool,
  addKnowledgeTool,
  markKnowledgeAppliedTool,
  sendMessageTool,
  readInboxTool,
];
