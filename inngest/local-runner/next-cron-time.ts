import { CronExpressionParser } from "cron-parser";

/** The first time after `from` that a cron expression (optionally `TZ=Zone expr`) fires. */
export function nextCronTime(cron: string, from: Date): Date {
  const match = cron.match(/^TZ=(\S+)\s+(.*)$/);
  const expression = CronExpressionParser.parse(match ? (match[2] as string) : cron, {
    currentDate: from,
    tz: match?.[1] ?? "UTC",
  });
  return expression.next().toDate();
}
