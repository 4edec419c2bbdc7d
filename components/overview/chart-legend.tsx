export type ChartLabels = { received: string; paidOut: string };

/** The two series of the overview's charts, in the colours their bars use. */
export function ChartLegend({ labels }: { labels: ChartLabels }) {
  return (
    <div aria-hidden="true" className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-ink-muted">
      <span className="inline-flex items-center gap-1.5">
        <span className="h-2.5 w-2.5 rounded-full bg-success" /> {labels.received}
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span className="h-2.5 w-2.5 rounded-full bg-danger" /> {labels.paidOut}
      </span>
    </div>
  );
}
