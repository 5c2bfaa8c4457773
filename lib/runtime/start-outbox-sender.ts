import { Inngest } from "inngest";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";

const INTERVAL_MS = 1_000;

/** Delivers outbox events every second to the Inngest server at `baseUrl` until stopped. */
export function startOutboxSender(options: {
  baseUrl?: string;
  eventKey?: string;
  dev: boolean;
  onError: (error: unknown) => void;
}) {
  const client = new Inngest({
    id: "mission-control",
    baseUrl: options.baseUrl,
    eventKey: options.eventKey,
    isDev: options.dev ? undefined : false,
  });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      await deliverOutbox((events) => client.send(events));
    } catch (error) {
      options.onError(error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), INTERVAL_MS);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
