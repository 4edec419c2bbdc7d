import { startEnrolment } from "@/lib/auth/two-factor/enrol";
import { env } from "@/lib/env";
import { route } from "@/lib/http/handle-route";
import { qrCodeDataUrl } from "@/lib/invoices/qr-code";

// POST /api/account/two-factor — start enrolling an authenticator app: a new secret and its QR
// code, shown once (anyone signed in, not yet enrolled).
export const POST = route({
  permission: "account:security",
  run: async (ctx) => {
    const { secret, uri } = await startEnrolment(ctx, { issuer: env().STORE_NAME });
    return { secret, uri, qrDataUrl: await qrCodeDataUrl(uri) };
  },
});
