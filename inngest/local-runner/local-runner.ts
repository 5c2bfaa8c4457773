import type { AddressInfo } from "node:net";
import { type Clock, systemClock } from "@/inngest/local-runner/clock";
import { Dispatcher } from "@/inngest/local-runner/dispatcher";
import { createPool } from "@/inngest/local-runner/pg-pool";
import { createRunnerServer } from "@/inngest/local-runner/runner-server";

export type LocalRunnerOptions = {
  databaseUrl: string;
  signingKey: string;
  eventKey: string;
  /** The app's serve URL: the only URL this runner syncs and accepts a registration for. */
  appUrl?: string;
  host?: string;
  port?: number;
  clock?: Clock;
  onError?: (error: unknown) => void;
};

/**
 * A small Inngest executor: it serves the event and sync API on `url`, keeps its state in the
 * `inngest_runner` schema, and drives the app's functions through their serve() handler.
 */
export class LocalRunner {
  readonly db;
  readonly clock: Clock;
  private readonly dispatcher: Dispatcher;
  private readonly server;
  private appUrl: string | undefined;
  url = "";

  constructor(private readonly options: LocalRunnerOptions) {
    const onError = options.onError ?? ((error: unknown) => console.error("[local runner]", error));
    this.appUrl = options.appUrl;
    this.db = createPool(options.databaseUrl, onError);
    this.clock = options.clock ?? systemClock;
    const context = { db: this.db, clock: this.clock, signingKey: options.signingKey };
    this.dispatcher = new Dispatcher(context, onError);
    this.server = createRunnerServer(
      {
        ...context,
        eventKey: options.eventKey,
        appUrl: () => this.appUrl,
        wake: () => this.dispatcher.wake(),
      },
      onError,
    );
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) =>
      this.server.listen(this.options.port ?? 0, this.options.host ?? "127.0.0.1", resolve),
    );
    const address = this.server.address() as AddressInfo;
    this.url = `http://${address.address}:${address.port}`;
    await this.dispatcher.start();
    return this.url;
  }

  /**
   * Asks the app to register its functions with this runner (the executor's side of a sync).
   * A runner started without `appUrl` takes the first URL it syncs as the app's, for good.
   */
  async sync(appUrl = this.appUrl): Promise<void> {
    if (!appUrl) throw new Error("The local runner has no app URL to sync.");
    if (this.appUrl && appUrl !== this.appUrl)
      throw new Error(`This runner serves ${this.appUrl}; it does not sync ${appUrl}.`);
    this.appUrl = appUrl;
    const response = await fetch(appUrl, { method: "PUT" });
    if (!response.ok)
      throw new Error(`Syncing ${appUrl} failed: ${response.status} ${await response.text()}`);
    this.dispatcher.wake();
  }

  /** Look for due work now, e.g. after moving a test clock. */
  wake(): void {
    this.dispatcher.wakeWithCrons();
  }

  async stop(): Promise<void> {
    await this.dispatcher.stop();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await this.db.end();
  }
}
