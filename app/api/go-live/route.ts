import { runGoLiveCheckFromEnv } from "@/lib/go-live/run-from-env";
import { route } from "@/lib/http/handle-route";

// GET /api/go-live — runs every go-live check now (admin). Two status queries to LigdiCash, which
// move nothing; no answer is cached, so each run says how things stand at that moment.
export const GET = route({
  permission: "go-live:check",
  run: async (ctx) => ({ ranAt: new Date().toISOString(), results: await runGoLiveCheckFromEnv(ctx.db) }),
  headers: { "Cache-Control": "no-store" },
});
