import { formatAgentCost, formatAgentUsd } from "@/components/missions/agent-usage-text";
import type { DailyAgentCost } from "@/lib/data/agent-runs/list-daily-agent-cost";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const whole = new Intl.NumberFormat("en-US");

// Drawing units: one slot per day, the bar a little narrower; the SVG is stretched to its box.
const SLOT = 10;
const BAR = 7;
const HEIGHT = 60;

/** "2026-01-05" → "Jan 5". */
function formatDay(day: string): string {
  const [, month, date] = day.split("-").map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${date}`;
}

function dayCost(day: DailyAgentCost): string {
  return formatAgentCost(day) ?? (day.runs ? "no cost reported" : "$0.00");
}

function summarise(days: DailyAgentCost[]): string {
  const total = days.reduce((sum, day) => sum + day.costUsd, 0);
  const period = `Agent cost per day over the last ${days.length} days`;
  if (!total) return `${period}: no cost recorded.`;
  const highest = days.reduce((top, day) => (day.costUsd > top.costUsd ? day : top));
  const estimated = days.some((day) => day.runs && day.estimated);
  return `${period}: ${estimated ? "about " : ""}${formatAgentUsd(total)} in all${estimated ? " (partly estimated)" : ""}, highest ${formatAgentUsd(highest.costUsd)} on ${formatDay(highest.day)}.`;
}

/** Cost per UTC day as bars, oldest on the left; the figures are in a table for screen readers. */
export function DailyCostChart({ days }: { days: DailyAgentCost[] }) {
  const max = Math.max(0, ...days.map((day) => day.costUsd));
  const first = days[0];
  return (
    <figure className="flex min-w-0 flex-col gap-1" data-testid="daily-cost-chart">
      <div className="flex justify-between text-xs text-muted-foreground">
        <span>
          Cost per day
          {days.some((day) => day.priced && day.estimated)
            ? " · lighter bars include estimates"
            : ""}
        </span>
        <span>{max ? `highest ${formatAgentUsd(max)}` : "no cost yet"}</span>
      </div>
      <svg
        role="img"
        aria-label={summarise(days)}
        viewBox={`0 0 ${days.length * SLOT} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-32 w-full"
      >
        {days.map((day, index) => {
          const height = max ? (day.costUsd / max) * HEIGHT : 0;
          // A day with runs but no cost still shows a sliver above the base line.
          const shown = day.runs ? Math.max(height, 0.8) : 0;
          return (
            <g key={day.day}>
              <title>{`${formatDay(day.day)}: ${dayCost(day)}, ${whole.format(day.tokens)} tokens, ${day.runs === 1 ? "1 run" : `${day.runs} runs`}`}</title>
              {/* The day's column, faintly drawn, answers the pointer: a short bar is easy to hover. */}
              <rect
                x={index * SLOT + (SLOT - BAR) / 2}
                y={0}
                width={BAR}
                height={HEIGHT}
                className="fill-muted/60"
              />
              <rect
                x={index * SLOT + (SLOT - BAR) / 2}
                y={HEIGHT - shown}
                width={BAR}
                height={shown}
                className={day.estimated ? "fill-primary/60" : "fill-primary"}
                data-testid="daily-cost-bar"
                data-day={day.day}
              />
            </g>
          );
        })}
        <line
          x1={0}
          x2={days.length * SLOT}
          y1={HEIGHT}
          y2={HEIGHT}
          className="stroke-border"
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <figcaption className="flex justify-between text-xs text-muted-foreground">
        <span>{first ? formatDay(first.day) : ""}</span>
        <span>Today (UTC)</span>
      </figcaption>
      <table className="sr-only">
        <caption>Agent cost per day (UTC)</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Cost</th>
            <th scope="col">Tokens</th>
            <th scope="col">Runs</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day} data-testid="daily-cost-row" data-day={day.day}>
              <th scope="row">{formatDay(day.day)}</th>
              <td data-testid="daily-cost">{dayCost(day)}</td>
              <td data-testid="daily-tokens">{whole.format(day.tokens)}</td>
              <td data-testid="daily-runs">{day.runs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
