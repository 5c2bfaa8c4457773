const TIMEOUT_MS = 15_000;

/** Thrown for an answer outside 2xx: the status and the start of the body, never the URL. */
export class DeliveryHttpError extends Error {}

/**
 * One HTTP POST of a notification. The error names the status and what the receiver said, but
 * not the URL, which may hold a token (a Slack webhook, a Telegram bot path).
 */
export async function postNotification(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers,
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new DeliveryHttpError(
      `The receiver could not be reached${cause ? ` (${cause})` : ""}: ${(error as Error).name}`,
    );
  }
  const text = await response.text().catch(() => "");
  if (!response.ok)
    throw new DeliveryHttpError(
      `The receiver answered ${response.status}${text ? `: ${text.slice(0, 300)}` : ""}`,
    );
  return text;
}
