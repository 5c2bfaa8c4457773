/** Keeps the last `limit` characters of a stream of lines, saying how much was dropped. */
export class OutputTail {
  private chunks: string[] = [];
  private length = 0;
  private dropped = 0;

  constructor(private readonly limit: number) {}

  push(line: string) {
    this.chunks.push(`${line}\n`);
    this.length += line.length + 1;
    if (this.length > 2 * this.limit) this.compact();
  }

  text() {
    this.compact();
    const kept = this.chunks.join("");
    return this.dropped > 0 ? `[… ${this.dropped} earlier characters omitted]\n${kept}` : kept;
  }

  private compact() {
    const all = this.chunks.join("");
    const kept = all.length > this.limit ? all.slice(-this.limit) : all;
    this.dropped += all.length - kept.length;
    this.chunks = [kept];
    this.length = kept.length;
  }
}
