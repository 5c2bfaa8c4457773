import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { refuseMalformedJson } from "@/inngest/refuse-malformed-json";
import { SERVE_PATH, serveOrigin } from "@/inngest/serve-origin";

// Public to the proxy: the SDK itself checks the executor's signature on every call. The URL it
// registers on a sync is the configured one, so a forged Host header cannot redirect the calls.
const handler = serve({
  client: inngest,
  functions,
  serveOrigin: serveOrigin(),
  servePath: SERVE_PATH,
});

export const GET = handler.GET;
export const POST = refuseMalformedJson(handler.POST);
export const PUT = refuseMalformedJson(handler.PUT);
