import type { IncomingMessage, ServerResponse } from "node:http";
import { handleApi, isApiPath } from "./api-routes";
import { handleCheckout, isCheckoutPath } from "./checkout-routes";
import type { SimContext } from "./context";
import { handleControl } from "./control-routes";
import type { SimulatorControls } from "./controls";
import { BodyTooLargeError, sendError, sendJson } from "./http";

// Top-level dispatch: /_sim/… controls, /pay/invoice/… checkout page, /pay/v0x/… LigdiCash API.

export function createRequestListener(sim: SimContext, controls: SimulatorControls) {
  return (req: IncomingMessage, res: ServerResponse) => {
    route(sim, controls, req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) return sendError(res, 413, "too_large", error.message);
      sim.log(`internal error on ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) sendError(res, 500, "internal", "simulator internal error (see its log)");
      else res.destroy();
    });
  };
}

async function route(
  sim: SimContext,
  controls: SimulatorControls,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? "/", "http://simulator.invalid");
  const path = url.pathname;
  if (path === "/_sim" || path.startsWith("/_sim/")) return handleControl(controls, req, res, url);
  if (isCheckoutPath(path)) return handleCheckout(sim, req, res, url);
  if (isApiPath(path)) return handleApi(sim, req, res, url);
  if (path === "/") {
    return sendJson(res, 200, {
      name: "Simulateur LigdiCash",
      baseUrl: `${sim.config.publicOrigin}/pay/v01/`,
      controls: `${sim.config.publicOrigin}/_sim/health`,
    });
  }
  sendError(res, 404, "not_found", `nothing at ${path}`);
}
