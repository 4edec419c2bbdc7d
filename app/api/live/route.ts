import { requireStaff } from "@/lib/auth/current-staff";
import { env } from "@/lib/env";
import { handleRoute } from "@/lib/http/handle-route";
import { changeHub } from "@/lib/live/change-hub";
import { openChangeStream } from "@/lib/live/open-change-stream";

export const dynamic = "force-dynamic";

// GET /api/live[?once] — Server-Sent Events: verified changes (invoice, payout, ledger, callback) as they
// commit, from PostgreSQL LISTEN on this instance (any signed-in staff member; ids only, no amounts).
export const GET = handleRoute(async (request) => {
  await requireStaff("overview:read");
  const hub = changeHub(env().DATABASE_URL ?? "");
  const once = new URL(request.url).searchParams.has("once");
  return new Response(openChangeStream(hub, request.signal, { once }), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
});
