import { NonRetriableError } from "inngest";
import { resolveAgentProfile } from "@/lib/services/launcher/resolve-agent-profile";

/** The mission's agent profile; a profile deleted since the mission started fails it for good. */
export async function missionAgentProfile(profileId: string) {
  try {
    return await resolveAgentProfile(profileId);
  } catch {
    throw new NonRetriableError(`The agent profile "${profileId}" no longer exists.`);
  }
}
