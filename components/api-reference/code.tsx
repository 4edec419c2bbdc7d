import type { ReactNode } from "react";

/**
 * Names and code as a developer types them, never translated. Always inside <code>/<pre>, which
 * the staff pages sweep leaves out when it looks for untranslated words (test/support/raw-words.ts).
 */
export function Code({ children }: { children: ReactNode }) {
  return (
    <code className="break-words rounded bg-surface-sunken normal-case tracking-normal px-1 py-px font-mono text-[0.85em] text-ink">
      {children}
    </code>
  );
}

export function CodeBlock({ children, label }: { children: string; label?: string }) {
  return (
    <pre
      aria-label={label}
      className="whitespace-pre-wrap break-all rounded-lg bg-surface-sunken p-3 font-mono text-xs leading-relaxed text-ink"
    >
      <code>{children}</code>
    </pre>
  );
}

/** The `<code>` tag of rich messages: "… l'en-tête <code>Retry-After</code> …". */
export const richCode = { code: (chunks: ReactNode) => <Code>{chunks}</Code> };
