import { NextResponse } from "next/server";
import { apiDocument } from "@/lib/api-v1/openapi";
import { amountLimits } from "@/lib/invoices/server-deps";

// GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, made from the routes' own schemas.
// Public: it describes the API, holds no data and no secret.
export function GET() {
  return NextResponse.json(apiDocument(amountLimits()));
}
