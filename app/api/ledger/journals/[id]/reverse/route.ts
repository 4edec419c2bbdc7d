import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { reverseJournal } from "@/lib/ledger/reverse-journal";
import { reversalSchema } from "@/lib/ledger/schemas";

type Context = { params: Promise<{ id: string }> };

// POST /api/ledger/journals/:id/reverse { reason } — posts the reversing journal (manager, admin; audited).
export const POST = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("ledger:reverse");
  const locale = await currentLocale();
  const { reason } = parseInput(reversalSchema, await readJson(request), locale);
  const { actor, ip } = auditContext(staff, request);
  const reversalId = await reverseJournal(db(), (await params).id, { actor, reason, ip, locale });
  return NextResponse.json({ reversalId }, { status: 201 });
});
