import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { resetPassword } from "@/lib/users/reset-password";
import { resetPasswordSchema } from "@/lib/users/schemas";

type Context = { params: Promise<{ id: string }> };

// POST /api/users/:id/password — set a new password; the person is signed out everywhere (admin).
export const POST = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("users:manage");
  const { password } = parseInput(resetPasswordSchema, await readJson(request), await currentLocale());
  const { actor, ip } = auditContext(staff, request);
  await resetPassword(db(), actor, (await params).id, password, ip);
  return new NextResponse(null, { status: 204 });
});
