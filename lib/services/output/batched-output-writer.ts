import { secretRedactor } from "@/lib/subprocess/redact-secrets";

export type OutputStream = "stdout" | "stderr" | "system";
export type NumberedLine = { seq: number; stream: OutputStream; line: string };

const FLUSH_MS = 250;

/**
 * Numbers output lines from `afterSeq` on and writes them with `append` in batches, in order,
 * while a process runs; `close` writes what is left. Secrets in a line are masked.
 */
export function batchedOutputWriter(
  afterSeq: number,
  append: (lines: NumberedLine[]) => Promise<unknown>,
) {
  const redact = secretRedactor();
  let seq = afterSeq;
  let pending: NumberedLine[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length) chain = chain.then(() => append(batch));
    return chain;
  };
  const timer = setInterval(() => void flush(), FLUSH_MS);
  return {
    push: (stream: OutputStream, line: string) => {
      pending.push({ seq: ++seq, stream, line: redact(line) });
    },
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
