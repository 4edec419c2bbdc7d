import type { ReactNode } from "react";

/**
 * A card whose body opens on demand: settings that sit below a list on a phone would otherwise
 * push the next screenful of the list away. Plain <details>, so it costs no script; `id` sits on
 * the body, so a link to `#id` opens the card (browsers unfold a <details> around a fragment's target).
 */
export function FoldedCard({
  id,
  title,
  hint,
  children,
}: {
  id?: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <details className="group rounded-xl border border-surface-line bg-surface shadow-card">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-4 px-5 py-4 [&::-webkit-details-marker]:hidden">
        <h2 className="min-w-0 text-sm font-semibold text-ink">{title}</h2>
        <span aria-hidden="true" className="text-ink-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div id={id} className="scroll-mt-16 border-t border-surface-line">
        {/* The explanation opens with the form: folded, the title alone says what is inside. */}
        {hint ? <p className="px-5 pt-4 text-xs text-ink-muted">{hint}</p> : null}
        {children}
      </div>
    </details>
  );
}
