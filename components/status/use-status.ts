"use client";

import { useQuery } from "@tanstack/react-query";
import type { StatusReport } from "@/lib/services/status/read-status";

export const STATUS_POLL_MS = 10_000;
export const statusQueryKey = ["status"] as const;

async function fetchStatus(): Promise<StatusReport> {
  const response = await fetch("/api/v1/status", { cache: "no-store" });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? "The status could not be loaded.");
  return body;
}

/** The status page's data, polled while the page is open. */
export function useStatus(initial: StatusReport) {
  return useQuery({
    queryKey: statusQueryKey,
    queryFn: fetchStatus,
    initialData: initial,
    refetchInterval: STATUS_POLL_MS,
    refetchIntervalInBackground: false,
  });
}
