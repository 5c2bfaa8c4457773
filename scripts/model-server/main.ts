// The scripted model server as a program: `node --import tsx scripts/model-server/main.ts
// --script file.json [--port N] [--host H]`. Prints its URL; GET /_mc/requests and
// PUT /_mc/script reach it from another process.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { modelScriptSchema } from "@/scripts/model-server/model-script";
import { startModelServer } from "@/scripts/model-server/start-model-server";

const { values } = parseArgs({
  options: {
    script: { type: "string" },
    port: { type: "string", default: "0" },
    host: { type: "string", default: "127.0.0.1" },
  },
});
if (!values.script) {
  console.error("Usage: main.ts --script <file.json> [--port N] [--host H]");
  process.exit(2);
}
const script = modelScriptSchema.parse(JSON.parse(await readFile(values.script, "utf8")));
const server = await startModelServer({ script, port: Number(values.port), host: values.host });
console.log(server.url);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
