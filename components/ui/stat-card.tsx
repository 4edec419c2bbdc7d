import { Card } from "./card";

type Props = { label: string; value: string; hint?: string; testId?: string };

export function StatCard({ label, value, hint, testId }: Props) {
  return (
    <Card className="min-w-0 px-4 py-3 sm:px-5 sm:py-4">
      <p className="text-xs font-medium uppercase tracking-wide text-ink-muted">{label}</p>
      <p
        className="mt-2 text-lg font-semibold tabular-nums text-ink [overflow-wrap:anywhere] sm:text-2xl"
        data-testid={testId}
      >
        {value}
      </p>
      {hint ? <p className="mt-1 text-xs text-ink-muted">{hint}</p> : null}
    </Card>
  );
}
