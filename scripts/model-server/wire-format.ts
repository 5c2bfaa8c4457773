import type { ServerResponse } from "node:http";
import type { Answer, ConversationView } from "@/scripts/model-server/model-script";
import type { WireFormat } from "@/scripts/model-server/request-log";

/** One API the CLIs speak: how to read a request and how to write the scripted answer. */
export type WireModule = {
  wire: WireFormat;
  /** What the chooser needs from the request body. */
  read(body: unknown, url: URL): ConversationView;
  /** Writes the answer (already chosen, `{cwd}` filled in) as this API's response. */
  write(response: ServerResponse, answer: Answer, body: unknown, url: URL): void;
};
