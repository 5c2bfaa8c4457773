"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { MISSION_POLL_MS } from "@/components/missions/live-mission-timing";
import { missionKeys } from "@/lib/query-keys";
import type { UnitOutput } from "@/lib/services/missions/read-unit-output";

type Line = UnitOutput["lines"][number];
// The pane keeps the newest lines only, so a chatty agent cannot slow the page down.
const MAX_LINES = 5_000;

async function fetchOutput(missionId: string, unitId: string, after: number): Promise<UnitOutput> {
  const response = await fetch(`/api/missions/${missionId}/units/${unitId}/output?after=${after}`);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? "The output could not be loaded.");
  return body;
}

const STREAM_CLASS: Record<string, string> = {
  stderr: "block text-destructive",
  system: "block text-muted-foreground",
};

/** A unit's output, followed live until the unit stops. */
export function UnitLogPane({ missionId, unitId }: { missionId: string; unitId: string }) {
  const [lines, setLines] = useState<Line[]>([]);
  const lastSeq = lines.at(-1)?.seq ?? 0;
  const output = useQuery({
    queryKey: [...missionKeys.unitOutput(missionId, unitId), lastSeq],
    queryFn: () => fetchOutput(missionId, unitId, lastSeq),
    refetchInterval: (query) => (query.state.data?.finished ? false : MISSION_POLL_MS),
  });
  const log = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const fresh = output.data?.lines.filter((line) => line.seq > lastSeq);
    if (fresh?.length) setLines((current) => [...current, ...fresh].slice(-MAX_LINES));
  }, [output.data, lastSeq]);
  useEffect(() => {
    if (lines.length) log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [lines]);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      {output.error ? (
        <p role="alert" className="text-sm text-destructive">
          {output.error.message}
        </p>
      ) : null}
      <pre
        ref={log}
        data-testid="unit-output"
        className="max-h-[50dvh] min-h-16 overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-xs whitespace-pre-wrap break-words"
      >
        {lines.length
          ? lines.map((line) => (
              <span key={line.seq} className={STREAM_CLASS[line.stream] ?? "block"}>
                {line.line}
              </span>
            ))
          : output.data?.finished
            ? "No output."
            : "Waiting for output…"}
      </pre>
    </div>
  );
}
