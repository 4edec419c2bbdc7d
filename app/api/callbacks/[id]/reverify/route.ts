import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { reverifyDelivery } from "@/lib/callbacks/reverify-delivery";
import { deliveryIdSchema } from "@/lib/callbacks/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { auditContext } from "@/lib/http/request-context";
import { ligdicash } from "@/lib/ligdicash";

type Context = { params: Promise<{ id: string }> };

// POST /api/callbacks/[id]/reverify — ask LigdiCash again about this delivery's transaction now (manager, admin; audited).
export const POST = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("callbacks:read");
  const id = deliveryIdSchema.safeParse((await params).id);
  if (!id.success) throw new AppError("not_found");
  const { actor, ip } = auditContext(staff, request);
  return NextResponse.json({ delivery: await reverifyDelivery(db(), ligdicash(), actor, id.data, ip) });
});
