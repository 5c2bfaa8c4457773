/*
 * List prices in US dollars per million tokens, input then output, by model-name prefix (the
 * longest prefix that matches wins). Used for the CLIs that report tokens but no cost (Codex,
 * Gemini); a cost computed here is labelled an estimate. Cached input is priced as input.
 */
const PRICES: [prefix: string, input: number, output: number][] = [
  ["claude-opus-4", 15, 75],
  ["claude-sonnet-4", 3, 15],
  ["claude-haiku-4", 1, 5],
  ["gpt-5", 1.25, 10],
  ["gpt-5-mini", 0.25, 2],
  ["gpt-5-nano", 0.05, 0.4],
  ["gpt-4.1", 2, 8],
  ["o4-mini", 1.1, 4.4],
  ["gemini-2.5-pro", 1.25, 10],
  ["gemini-2.5-flash", 0.3, 2.5],
  ["gemini-2.5-flash-lite", 0.1, 0.4],
];

export const PRICE_TABLE = PRICES.map(([prefix, input, output]) => ({ prefix, input, output }));

/** The estimated cost of a run's tokens on `model`; null when the model's price is unknown. */
export function estimateCostUsd(
  model: string | undefined,
  inputTokens: number | null,
  outputTokens: number | null,
): number | null {
  if (!model || inputTokens === null || outputTokens === null) return null;
  const price = PRICE_TABLE.filter((entry) => model.startsWith(entry.prefix)).sort(
    (a, b) => b.prefix.length - a.prefix.length,
  )[0];
  if (!price) return null;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}
