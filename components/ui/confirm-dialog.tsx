"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

type Props = {
  open: boolean;
  title: string;
  /** What the person is about to do, in facts (amount, recipient…), read before confirming. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  tone?: "primary" | "danger";
  pending?: boolean;
  /** The server's refusal, shown inside the dialog so the facts stay in view. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A last look before an action that cannot be undone. The browser's modal <dialog> does the hard
 * parts: the page behind is inert (focus stays inside), Escape cancels, focus returns to the
 * button that opened it. Focus starts on "cancel", so a stray Enter never moves money.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = "primary",
  pending = false,
  error = null,
  onConfirm,
  onCancel,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid="confirm-dialog"
      // Escape: the browser closes it; the owner's state follows.
      onClose={() => {
        if (open) onCancel();
      }}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(32rem,calc(100vw-2rem))] overflow-y-auto rounded-xl bg-surface p-0 text-ink shadow-xl backdrop:bg-ink/40"
    >
      <div className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-base font-semibold text-ink">
          {title}
        </h2>
        <div id={`${id}-body`} className="text-sm">
          {children}
        </div>
        {error ? (
          <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-3">
          <Button type="button" variant="secondary" onClick={onCancel} disabled={pending} autoFocus>
            {cancelLabel}
          </Button>
          <Button
            type="button"
            variant={tone}
            onClick={onConfirm}
            disabled={pending}
            data-testid="confirm-dialog-confirm"
          >
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
