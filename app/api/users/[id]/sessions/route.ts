import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { auditContext } from "@/lib/http/request-context";
import { endUserSessions } from "@/lib/users/end-user-sessions";

type Context = { params: Promise<{ id: string }> };

// DELETE /api/users/:id/sessions — sign the person out everywhere (admin).
export const DELETE = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("users:manage");
  const { actor, ip } = auditContext(staff, request);
  const ended = await endUserSessions(db(), actor, (await params).id, ip);
  return NextResponse.json({ ended });
});
