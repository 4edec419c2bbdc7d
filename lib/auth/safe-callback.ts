// Control characters (tab, newline…) and backslashes are dropped or read as `/` by browsers'
// URL parsers, so `/\host` or `/<TAB>/host` becomes `//host`: refused before any parsing.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * Where to go after signing in: the given path only if it stays on Caisse's own origin
 * (parsed against it, as the browser will), otherwise the overview. Never `//host` or a full URL.
 */
export function safeCallbackPath(value: unknown, origin: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || UNSAFE_CHARACTERS.test(value)) return "/";
  let target: URL;
  try {
    target = new URL(value, origin);
  } catch {
    return "/";
  }
  if (target.origin !== new URL(origin).origin) return "/";
  return `${target.pathname}${target.search}${target.hash}`;
}
