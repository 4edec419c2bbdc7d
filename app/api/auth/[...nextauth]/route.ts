import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { withBodyLimit } from "@/lib/http/with-body-limit";

// /api/auth/* — next-auth's sign-in, sign-out, CSRF token and session endpoints. Their forms are a
// few hundred bytes: a larger body is refused before next-auth reads it.
const MAX_AUTH_BODY = 16 * 1024;

const handler = NextAuth(authOptions);
const limited = withBodyLimit(handler, MAX_AUTH_BODY);
export { handler as GET, limited as POST };
