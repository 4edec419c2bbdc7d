import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { createUserSchema } from "@/lib/users/schemas";

// GET /api/users — every staff account (admin).
export const GET = handleRoute(async () => {
  await requireStaff("users:manage");
  return NextResponse.json({ users: await listUsers(db()) });
});

// POST /api/users — create a staff account (admin).
export const POST = handleRoute(async (request) => {
  const staff = await requireStaff("users:manage");
  const input = parseInput(createUserSchema, await readJson(request), await currentLocale());
  const { actor, ip } = auditContext(staff, request);
  return NextResponse.json({ user: await createUser(db(), actor, input, ip) }, { status: 201 });
});
