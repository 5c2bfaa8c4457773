import type { MergeReview } from "@/lib/data/missions/mission-json";

const SCORES = ["alignment", "approach", "tests"] as const;

/** The diff reviewer's scores (1–10) and notes; they inform, they never block. */
export function ReviewScores({ review }: { review: MergeReview }) {
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="merge-review">
      <dl className="flex flex-wrap gap-x-4 gap-y-1">
        {SCORES.map((score) => (
          <div key={score} className="flex gap-1">
            <dt className="text-muted-foreground">{score}</dt>
            <dd className="font-medium">{review[score] ?? "—"}/10</dd>
          </div>
        ))}
      </dl>
      {review.notes ? (
        <p className="whitespace-pre-wrap break-words text-muted-foreground">{review.notes}</p>
      ) : null}
    </div>
  );
}
