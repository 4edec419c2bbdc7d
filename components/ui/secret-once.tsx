"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A secret (an API key, a signing secret), shown the one time it exists in a browser, with a copy button. */
export function SecretOnce({
  secret,
  title,
  copyLabel,
  copiedLabel,
  testId,
}: {
  secret: string;
  title: string;
  copyLabel: string;
  copiedLabel: string;
  testId: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-lg bg-success-soft px-3 py-3 text-sm text-success">
      <p className="font-medium">{title}</p>
      <code data-testid={testId} className="block break-all rounded bg-white px-2 py-1 font-mono text-ink">
        {secret}
      </code>
      <Button
        type="button"
        variant="secondary"
        onClick={() => void navigator.clipboard.writeText(secret).then(() => setCopied(true))}
      >
        {copied ? copiedLabel : copyLabel}
      </Button>
    </div>
  );
}

/** The list with `item` added, or removed when it was there (a group of checkboxes). */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
