import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// /api/auth/* — next-auth's sign-in, sign-out, CSRF token and session endpoints.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
