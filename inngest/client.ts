import { Inngest } from "inngest";
import { getEnv } from "@/lib/env";

// Cloud mode unless INNGEST_DEV names a dev server: every call from the executor must be signed.
// The base URL and keys come from INNGEST_BASE_URL / INNGEST_SIGNING_KEY / INNGEST_EVENT_KEY.
export const inngest = new Inngest({
  id: "mission-control",
  isDev: getEnv().INNGEST_DEV ? undefined : false,
});
