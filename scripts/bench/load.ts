// A small closed-loop load generator: a fixed number of workers on keep-alive connections, each
// sending its next request as soon as the previous full response body has arrived.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { percentile } from "@/scripts/bench/percentile";

export type Response = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  bytes: number;
};

export type LoadResult = {
  url: string;
  samples: number[];
  seconds: number;
  bytes: number;
  p50: number;
  p95: number;
  max: number;
  perSecond: number;
};

export type Batch = { samples: number[]; seconds: number; bytes: number };

/** The figures of one URL over the batches measured for it. */
export function summarize(url: string, batches: Batch[]): LoadResult {
  const samples = batches.flatMap((batch) => batch.samples);
  const seconds = batches.reduce((sum, batch) => sum + batch.seconds, 0);
  const bytes = batches.reduce((sum, batch) => sum + batch.bytes, 0);
  return {
    url,
    samples,
    seconds,
    bytes: Math.round(bytes / samples.length),
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    perSecond: samples.length / seconds,
  };
}

export class LoadClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly headers: Record<string, string>,
    maxSockets = 16,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** One GET; resolves once the whole body has arrived. Redirects are not followed. */
  get(url: string): Promise<Response & { ms: number }> {
    const start = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.get(url, { agent: this.agent, headers: this.headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const ms = performance.now() - start;
          const body = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: body.toString("utf8"),
            bytes: body.length,
            ms,
          });
        });
      });
      request.on("error", reject);
    });
  }

  /**
   * `count` requests from `concurrency` workers. Any answer but 200 stops the run: a benchmark
   * of error pages or redirects would mean nothing.
   */
  async batch(url: string, count: number, concurrency: number): Promise<Batch> {
    const samples: number[] = [];
    let sent = 0;
    let bytes = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < count) {
          sent++;
          const response = await this.get(url);
          if (response.status !== 200)
            throw new Error(`GET ${url} answered ${response.status}, not 200.`);
          samples.push(response.ms);
          bytes += response.bytes;
        }
      }),
    );
    return { samples, seconds: (performance.now() - started) / 1000, bytes };
  }

  close() {
    this.agent.destroy();
  }
}
