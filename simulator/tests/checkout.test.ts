import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../server";
import { startReceiver, type Receiver } from "../testing/receiver";
import { E1, E2, E5, callApi, directBody, invoiceBody } from "../testing/client";

// The checkout page over plain HTTP (the browser journey is in e2e/simulator-checkout.spec.ts).

let sim: RunningSimulator;
let receiver: Receiver;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  receiver = await startReceiver();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});
beforeEach(() => {
  sim.controls.reset();
  receiver.received.length = 0;
});

async function invoice(mutate: (body: ReturnType<typeof invoiceBody>) => void = () => {}) {
  const body = invoiceBody({ callbackUrl: receiver.url });
  mutate(body);
  const answer = await callApi(sim, E1, { body });
  return { token: answer.json.token as string, url: answer.json.response_text as string };
}

async function post(url: string, fields: Record<string, string>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

describe("checkout page", () => {
  it("shows the merchant, items, the French total and both operators, and may not be framed", async () => {
    const { url } = await invoice();
    const response = await fetch(url);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Simulateur LigdiCash");
    expect(html).toContain("Boutique Wend-Panga");
    expect(html).toContain("Chemise Faso Dan Fani");
    expect(html).toContain("12\u202f500\u00a0FCFA");
    expect(html).toContain("Orange Money");
    expect(html).toContain("Moov Money");
    expect(html).toContain("*144*4*6#");
    expect(html).not.toMatch(/<script|https?:\/\/(?!shop\.example)/);
  });

  it("escapes merchant-provided text", async () => {
    const { url } = await invoice((body) => {
      body.commande.store.name = '<script>alert("x")</script>';
    });
    const html = await (await fetch(url)).text();
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("answers 404 for an unknown invoice and for a direct payin token", async () => {
    const response = await fetch(`${sim.origin}/pay/invoice/eyJ.nope.nope`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Facture introuvable");
    const direct = await callApi(sim, E2, { body: directBody("22676000001", "123456") });
    expect((await fetch(`${sim.origin}/pay/invoice/${String(direct.json.token)}`)).status).toBe(404);
  });

  it("pays with Orange: number + OTP → completed, 303 to return_url, credited, callbacks sent", async () => {
    const { token, url } = await invoice();
    const answer = await post(`${url}/orange`, { phone: "76 00 00 01", otp: "482913" });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe("https://shop.example.org/ok");
    expect(sim.controls.transaction({ token })).toMatchObject({
      status: "completed",
      operator: "orange_bf",
      payer: "22676000001",
    });
    expect(sim.controls.balances().orange_bf).toBe(512_500);
    expect((await receiver.waitFor(2)).map((request) => request.contentType)).toEqual([
      "application/json",
      "application/x-www-form-urlencoded",
    ]);
    const page = await (await fetch(url)).text();
    expect(page).toContain("Cette facture a été payée");
    const again = await post(`${url}/orange`, { phone: "76000001", otp: "482913" });
    expect(again.status).toBe(409);
    expect(sim.controls.balances().orange_bf).toBe(512_500);
  });

  it.each([
    [{ phone: "76000001", otp: "000000" }, "Code OTP incorrect"],
    [{ phone: "76000001", otp: "12" }, "Code OTP incorrect"],
    [{ phone: "76000001", otp: "999999" }, "Ce code a expiré"],
    [{ phone: "70000002", otp: "123456" }, "pas un numéro Orange Money"],
    [{ phone: "123", otp: "123456" }, "Numéro invalide"],
  ])("re-renders the form with a French message for %j", async (fields, message) => {
    const { token, url } = await invoice();
    const answer = await post(`${url}/orange`, fields);
    expect(answer.status).toBe(422);
    expect(answer.html).toContain(message);
    expect(answer.html).toContain('role="alert"');
    expect(sim.controls.transaction({ token })?.status).toBe("pending");
  });

  it("pays with Moov after approval on the phone; a refusal leaves the invoice payable", async () => {
    const { token, url } = await invoice();
    const approval = await post(`${url}/moov`, { phone: "70 00 00 02" });
    expect(approval.status).toBe(200);
    expect(approval.html).toContain("Validez sur votre téléphone");
    expect(approval.html).toContain("+226 70 00 00 02");

    const refused = await post(`${url}/moov/confirm`, { phone: "22670000002", decision: "reject" });
    expect(refused.html).toContain("Paiement refusé");
    expect(sim.controls.transaction({ token })?.status).toBe("pending");

    const approved = await post(`${url}/moov/confirm`, { phone: "22670000002", decision: "approve" });
    expect(approved.status).toBe(303);
    expect(sim.controls.transaction({ token })).toMatchObject({ status: "completed", operator: "moov_bf" });
    expect((await callApi(sim, `${E5}?invoiceToken=${token}`)).json).toMatchObject({ operator_id: "12" });
  });

  it("enforces the Moov minimum on the page", async () => {
    const { url } = await invoice((body) => {
      body.commande.invoice.items = [];
      body.commande.invoice.total_amount = 50;
    });
    const answer = await post(`${url}/moov`, { phone: "70000002" });
    expect(answer.status).toBe(422);
    expect(answer.html).toContain("Montant minimum pour Moov Money : 100\u00a0FCFA");
  });

  it("cancels: notcompleted, 303 to cancel_url, then says so", async () => {
    const { token, url } = await invoice();
    const answer = await post(`${url}/cancel`, {});
    expect(answer.status).toBe(303);
    expect(answer.location).toBe("https://shop.example.org/cancel");
    expect(sim.controls.transaction({ token })?.status).toBe("notcompleted");
    expect(await (await fetch(url)).text()).toContain("Ce paiement a été annulé");
    expect(sim.controls.balances().orange_bf).toBe(500_000);
  });

  it("offers only the operator of invoice.customer, with its number fixed", async () => {
    const { url } = await invoice((body) => {
      body.commande.invoice.customer = "22670000002";
    });
    const html = await (await fetch(url)).text();
    expect(html).toContain("Moov Money");
    expect(html).not.toContain("Orange Money");
    expect(html).toMatch(/value="\+226 70 00 00 02" readonly/);
    const wrongNumber = await post(`${url}/moov`, { phone: "70000009" });
    expect(wrongNumber.html).toContain("doit être payée avec le numéro");
  });

  it("without return_url, sends the browser to the invoice page", async () => {
    const { token, url } = await invoice((body) => {
      body.commande.actions.return_url = "";
    });
    const answer = await post(`${url}/orange`, { phone: "76000001", otp: "123456" });
    expect(answer.location).toBe(`/pay/invoice/${token}`);
  });
});
