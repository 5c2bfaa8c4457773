import type { Inngest } from "inngest";
import { githubCommentRequested } from "@/inngest/events";
import { postGithubComment } from "@/lib/services/webhooks/post-github-comment";

/**
 * Comments on the GitHub issue a mission came from, when it starts and when it ends. Its own
 * function with retries, so a GitHub outage is retried here and never fails the mission.
 */
export const githubCommentFunction = (client: Inngest.Any) =>
  client.createFunction(
    {
      id: "github-comment",
      name: "GitHub issue comment",
      triggers: [githubCommentRequested],
      retries: 5,
    },
    async ({ event, step }) =>
      step.run("post-comment", () => postGithubComment(event.data.deliveryId, event.data.kind)),
  );
