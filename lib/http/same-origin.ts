import { AppError } from "./app-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for state-changing requests: browsers always send `Origin` (or at least
 * `Sec-Fetch-Site`) on cross-site POST/PUT/PATCH/DELETE, so a request claiming another site, or
 * a browser request with neither header, is refused. Session cookies are SameSite=Lax as well.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError("csrf_rejected");
    }
    if (originHost !== host) throw new AppError("csrf_rejected");
    return;
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") throw new AppError("csrf_rejected");
  if (!fetchSite) throw new AppError("csrf_rejected");
}
