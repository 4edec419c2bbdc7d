import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { updateUserSchema } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";

type Context = { params: Promise<{ id: string }> };

// PATCH /api/users/:id — change role or deactivate/reactivate (admin; never the last active admin).
export const PATCH = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("users:manage");
  const input = parseInput(updateUserSchema, await readJson(request), await currentLocale());
  const { actor, ip } = auditContext(staff, request);
  return NextResponse.json({ user: await updateUser(db(), actor, (await params).id, input, ip) });
});
