// A shop's side of Caisse's webhooks: verify the signature, drop copies, answer 2xx fast.
//   CAISSE_WEBHOOK_SECRET=whsec_… node examples/webhook-receiver.mjs
// Then add http://127.0.0.1:8787/caisse on the console's "Notifications sortantes" page
// (ticking "Autoriser une adresse locale ou privée", since it runs on this machine).
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const webhook = new Webhook(process.env.CAISSE_WEBHOOK_SECRET ?? "");
/** In a real shop: a table with a unique column. */
const seen = new Set();

createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    let event;
    try {
      event = webhook.verify(body, request.headers);
    } catch {
      response.writeHead(400).end("bad signature");
      return;
    }
    const id = request.headers["webhook-id"];
    if (!seen.has(id)) {
      seen.add(id);
      console.log(event.type, event.data.id, event.data.amount, "XOF");
    }
    response.writeHead(204).end();
  });
}).listen(8787, "127.0.0.1", () => console.log("listening on http://127.0.0.1:8787/caisse"));
