import { landingRoute } from "../landing";

// GET /pay/:publicId/cancel — public: LigdiCash sends the customer here after "cancel": a
// verified cancel offers "Réessayer"; a link LigdiCash still holds open offers its pay button; a
// link paid after all (another tab) says so.
export const GET = landingRoute("cancel");
