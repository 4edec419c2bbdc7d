import { landingRoute } from "../landing";

// GET /pay/:publicId/return — public: LigdiCash sends the customer here after paying. Arriving
// here proves nothing: the state shown is the stored verified one, then what LigdiCash answers to
// a status query made with our token.
export const GET = landingRoute("return");
