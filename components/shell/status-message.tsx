import Link from "next/link";

type Props = { code: "403" | "404"; title: string; body: string; back: string; testId?: string };

/** What a 403 or 404 says, wherever it is shown: the code, a sentence, and the way back to the overview. */
export function StatusMessage({ code, title, body, back, testId }: Props) {
  return (
    <div className="max-w-md text-center" data-testid={testId}>
      <p className={`text-sm font-semibold ${code === "403" ? "text-danger" : "text-ink-muted"}`}>{code}</p>
      <h1 className="mt-2 text-2xl font-semibold text-ink">{title}</h1>
      <p className="mt-2 text-sm text-ink-muted">{body}</p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 hover:underline">
        {back}
      </Link>
    </div>
  );
}
