import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

// Public to the proxy: the SDK itself checks the executor's signature on every call.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
