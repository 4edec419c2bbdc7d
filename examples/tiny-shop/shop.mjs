// A tiny shop that takes payments through Caisse: one product, an order page, a signed webhook.
// Plain Node (node:http) and the `standardwebhooks` package; see README.md beside this file.
//   CAISSE_URL=https://caisse.example.bf CAISSE_API_KEY=caisse_sk_… \
//   CAISSE_WEBHOOK_SECRET=whsec_… PORT=8080 node examples/tiny-shop/shop.mjs
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const CAISSE_URL = (process.env.CAISSE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const API_KEY = process.env.CAISSE_API_KEY ?? "";
const webhook = new Webhook(process.env.CAISSE_WEBHOOK_SECRET ?? "");
const PORT = Number(process.env.PORT ?? 8080);
const ORDERS_FILE = process.env.ORDERS_FILE ?? "orders.json";

const PRODUCT = { name: "Pagne tissé Faso Dan Fani", price: 6250 };

// ---- Orders: one JSON file, read and written whole (a real shop uses its database). ----------
const store = existsSync(ORDERS_FILE)
  ? JSON.parse(readFileSync(ORDERS_FILE, "utf8"))
  : { orders: {}, seenWebhooks: [] };
const save = () => writeFileSync(ORDERS_FILE, JSON.stringify(store, null, 2));

// ---- Caisse: create the invoice of an order. -------------------------------------------------
// The order id is the Idempotency-Key: a double click, a retry after a lost answer or a second
// browser tab all get the same invoice, and the customer is never asked to pay twice.
async function createInvoice(order) {
  const response = await fetch(`${CAISSE_URL}/api/v1/invoices`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${API_KEY}`,
      "Idempotency-Key": order.id,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      channel: "hosted",
      customerFirstname: order.firstname,
      customerLastname: order.lastname,
      customerEmail: order.email,
      merchantReference: order.id,
      description: `Commande ${order.id}`,
      items: [{ name: PRODUCT.name, quantity: order.quantity, unitPrice: PRODUCT.price }],
    }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error?.message ?? `Caisse answered ${response.status}`);
  return body; // { id, status, amount, reference, pay_url, … }
}

// ---- Caisse → shop: the signed notification. -------------------------------------------------
function receiveWebhook(rawBody, headers) {
  let event;
  try {
    event = webhook.verify(rawBody, headers); // throws unless signed with our secret, recently
  } catch {
    return 400;
  }
  // Caisse sends an event again until it gets a 2xx: the same webhook-id means "already done".
  const id = headers["webhook-id"];
  if (store.seenWebhooks.includes(id)) return 204;
  store.seenWebhooks.push(id);
  if (event.type === "invoice.paid") {
    const order = Object.values(store.orders).find(
      (o) => o.invoiceId === event.data.id || o.id === event.data.reference,
    );
    if (order) Object.assign(order, { state: "paid", paidAt: event.timestamp });
  }
  save();
  return 204;
}

// ---- Pages. ----------------------------------------------------------------------------------
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const money = (xof) => `${xof.toLocaleString("fr-FR")} FCFA`;
const STATES = { new: "À payer", awaiting_payment: "En attente du paiement", paid: "Payée" };

const page = (title, body, refresh = false) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
${refresh ? '<meta http-equiv="refresh" content="3">' : ""}<title>${escape(title)}</title>
<style>body{font-family:system-ui;max-width:32rem;margin:2rem auto;padding:0 1rem}
label{display:block;margin:.5rem 0}input{width:100%;padding:.4rem}button{padding:.6rem 1.2rem}</style>
</head><body><h1>${escape(title)}</h1>${body}</body></html>`;

// The order id is drawn when the form is shown: submitting it twice makes one order.
const productPage = () =>
  page(
    "Boutique Wend-Panga",
    `<p>${PRODUCT.name} — ${money(PRODUCT.price)}</p>
<form method="post" action="/orders">
<input type="hidden" name="id" value="CMD-${randomBytes(6).toString("hex")}">
<label>Prénom <input name="firstname" required></label>
<label>Nom <input name="lastname" required></label>
<label>Adresse e-mail <input name="email" type="email" required></label>
<label>Quantité <input name="quantity" type="number" min="1" max="10" value="1" required></label>
<button>Commander</button></form>`,
  );

const orderPage = (order) =>
  page(
    `Commande ${order.id}`,
    `<p>${order.quantity} × ${PRODUCT.name} — ${money(order.quantity * PRODUCT.price)}</p>
<p>État : <strong id="order-state" data-state="${order.state}">${STATES[order.state]}</strong></p>
${order.state === "paid" ? "<p>Merci ! Votre commande est payée.</p>" : `<form method="post" action="/orders/${encodeURIComponent(order.id)}/pay"><button>Payer</button></form>`}`,
    order.state === "awaiting_payment",
  );

// ---- Routes. ---------------------------------------------------------------------------------
const inFlight = new Map(); // order id → the Caisse call under way (a double click shares it)

async function handle(request, response, body) {
  const url = new URL(request.url, "http://shop");
  const send = (status, html, headers = {}) =>
    response.writeHead(status, { "Content-Type": "text/html; charset=utf-8", ...headers }).end(html);
  const redirect = (location) => response.writeHead(303, { Location: location }).end();

  if (request.method === "GET" && url.pathname === "/") return send(200, productPage());

  if (request.method === "POST" && url.pathname === "/orders") {
    const form = new URLSearchParams(body);
    const id = form.get("id") ?? "";
    if (!/^CMD-[0-9a-f]{12}$/.test(id)) return send(400, page("Commande invalide", ""));
    store.orders[id] ??= {
      id,
      firstname: form.get("firstname"),
      lastname: form.get("lastname"),
      email: form.get("email"),
      quantity: Math.min(10, Math.max(1, Number(form.get("quantity")) || 1)),
      state: "new",
    };
    save();
    return redirect(`/orders/${id}`);
  }

  const match = url.pathname.match(/^\/orders\/(CMD-[0-9a-f]{12})(\/pay)?$/);
  const order = match && store.orders[match[1]];
  if (order && request.method === "GET" && !match[2]) return send(200, orderPage(order));
  if (order && request.method === "POST" && match[2]) {
    if (order.state === "paid") return redirect(`/orders/${order.id}`);
    if (!inFlight.has(order.id)) inFlight.set(order.id, createInvoice(order));
    try {
      const invoice = await inFlight.get(order.id);
      Object.assign(order, { invoiceId: invoice.id, state: "awaiting_payment" });
      save();
      return redirect(invoice.pay_url);
    } catch (error) {
      return send(502, page("Paiement indisponible", `<p>${escape(error.message)}</p>`));
    } finally {
      inFlight.delete(order.id);
    }
  }

  if (request.method === "POST" && url.pathname === "/webhooks/caisse")
    return response.writeHead(receiveWebhook(body, request.headers)).end();

  send(404, page("Page introuvable", '<p><a href="/">Retour à la boutique</a></p>'));
}

createServer((request, response) => {
  let body = "";
  request.setEncoding("utf8");
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    handle(request, response, body).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
}).listen(PORT, "127.0.0.1", () => console.log(`tiny shop on http://127.0.0.1:${PORT}`));
