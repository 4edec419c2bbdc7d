import { escapeHtml as h, formatXof } from "./format";
import { OPERATORS, formatPhone, type Operator, type OperatorKey } from "./operators";
import type { Transaction } from "./state";

// The hosted payment page a customer is redirected to after E1 (docs/ligdicash-contract.md §4.1): server-rendered
// French HTML, inline CSS, no script, no external asset. Rendering only; checkout-routes.ts
// handles the forms.

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#eef1f5;color:#17212b}
.sim{background:#fff3c4;color:#6b4e00;border-bottom:1px solid #f0d77a;padding:8px 16px;font-size:13px;text-align:center}
.sim strong{letter-spacing:.02em}
main{max-width:460px;margin:0 auto;padding:16px 14px 32px}
.card{background:#fff;border-radius:14px;box-shadow:0 1px 3px rgba(16,24,40,.08);padding:18px;margin-bottom:14px}
.merchant{display:flex;align-items:center;gap:12px}
.avatar{width:44px;height:44px;border-radius:12px;background:#1f3b57;color:#fff;display:grid;place-items:center;font-weight:700;font-size:18px;flex:none}
.merchant h1{font-size:18px;margin:0}
.muted{color:#5b6776;font-size:14px;margin:2px 0 0}
.items{list-style:none;margin:14px 0 0;padding:0;border-top:1px solid #edf0f3}
.items li{display:flex;justify-content:space-between;gap:12px;padding:9px 0;border-bottom:1px solid #edf0f3;font-size:15px}
.items small{display:block;color:#5b6776;font-size:13px}
.total{display:flex;justify-content:space-between;align-items:baseline;margin-top:12px}
.total span{color:#5b6776}
.total strong{font-size:24px;white-space:nowrap}
h2{font-size:15px;margin:4px 2px 10px;color:#3b4754;font-weight:600}
.op{border-left:5px solid var(--brand)}
.op header{display:flex;align-items:center;gap:10px;margin-bottom:12px}
.logo{width:36px;height:36px;border-radius:50%;background:var(--brand);color:#fff;display:grid;place-items:center;font-weight:800;font-size:13px}
.op h3{margin:0;font-size:17px}
label{display:block;font-size:14px;font-weight:600;margin:10px 0 4px}
input{width:100%;font:inherit;font-size:17px;padding:11px 12px;border:1px solid #c5ccd5;border-radius:10px;background:#fff}
input:focus{outline:2px solid var(--brand);outline-offset:1px;border-color:transparent}
input[readonly]{background:#f3f5f7;color:#3b4754}
.hint{font-size:13px;color:#5b6776;margin:6px 0 0}
.hint code{background:#f3f5f7;border-radius:5px;padding:1px 5px;font-weight:700;color:#17212b}
button{width:100%;font:inherit;font-weight:700;font-size:16px;border:0;border-radius:10px;padding:13px;margin-top:14px;cursor:pointer;background:var(--brand);color:#fff}
button.secondary{background:#fff;color:#17212b;border:1px solid #c5ccd5}
.cancel{background:none;color:#5b6776;text-decoration:underline;font-weight:500;margin-top:4px}
.error{background:#fdecec;color:#9b1c1c;border-radius:8px;padding:9px 11px;font-size:14px;margin:0 0 8px}
.state{text-align:center}
.state .icon{width:56px;height:56px;border-radius:50%;margin:6px auto 10px;display:grid;place-items:center;font-size:28px;color:#fff}
.ok{background:#1a7f4b}.ko{background:#8a94a1}
.state h1{font-size:20px;margin:0 0 6px}
a.button{display:block;text-align:center;text-decoration:none;background:#1f3b57;color:#fff;border-radius:10px;padding:13px;font-weight:700;margin-top:14px}
dl{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;font-size:14px;text-align:left;margin:14px 0 0}
dt{color:#5b6776}dd{margin:0;text-align:right;font-weight:600}
footer{text-align:center;font-size:12px;color:#7a8591;margin-top:18px}
`;

const BRAND: Record<OperatorKey, string> = {
  orange_bf: "#e35f00",
  moov_bf: "#0a5bab",
  telecel_bf: "#c8102e",
};
const LOGO: Record<OperatorKey, string> = { orange_bf: "OM", moov_bf: "MM", telecel_bf: "TM" };

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${h(title)} · Simulateur LigdiCash</title>
<style>${STYLE}</style>
</head>
<body>
<div class="sim" role="note"><strong>Simulateur LigdiCash</strong> — environnement de test, aucun argent réel</div>
<main>
${body}
<footer>Paiement LigdiCash simulé · ${h(new Date().getFullYear().toString())}</footer>
</main>
</body>
</html>`;
}

/** Only http(s) merchant URLs become links or redirects (never `javascript:` and the like). */
export function safeLink(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

const actionUrl = (tx: Transaction, action: string) =>
  `/pay/invoice/${encodeURIComponent(tx.token)}/${action}`;

function summary(tx: Transaction): string {
  const storeName = tx.store?.name ?? "Marchand";
  const items = tx.items
    .map(
      (item) =>
        `<li><div>${h(item.name)}<small>${item.quantity} × ${formatXof(item.unit_price)}${
          item.description ? ` · ${h(item.description)}` : ""
        }</small></div><div>${formatXof(item.total_price)}</div></li>`,
    )
    .join("");
  return `<section class="card" aria-label="Facture">
  <div class="merchant"><div class="avatar" aria-hidden="true">${h(storeName.slice(0, 1).toUpperCase())}</div>
  <div><h1>${h(storeName)}</h1><p class="muted">${h(tx.description)}</p></div></div>
  ${items ? `<ul class="items">${items}</ul>` : ""}
  <div class="total"><span>Total à payer</span><strong data-testid="total">${formatXof(tx.amount)}</strong></div>
  <p class="muted">Référence ${h(tx.requestId)}</p>
</section>`;
}

export type CheckoutForm = {
  operators: readonly Operator[];
  /** Number imposed by `invoice.customer` (the page then only offers its operator). */
  fixedPhone: string | null;
  errors?: Partial<Record<OperatorKey, string>>;
  values?: Partial<Record<OperatorKey, string>>;
};

function phoneField(key: OperatorKey, form: CheckoutForm): string {
  const value = form.fixedPhone ? formatPhone(form.fixedPhone) : (form.values?.[key] ?? "");
  return `<label for="${key}-phone">Numéro ${h(OPERATORS[key].label)}</label>
    <input id="${key}-phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" required
      placeholder="Ex. ${key === "orange_bf" ? "76 00 00 01" : "70 00 00 02"}" value="${h(value)}"${form.fixedPhone ? " readonly" : ""}>`;
}

function operatorCard(tx: Transaction, operator: Operator, form: CheckoutForm): string {
  const error = form.errors?.[operator.key];
  const header = `<header><div class="logo" aria-hidden="true">${LOGO[operator.key]}</div><h3>${h(operator.label)}</h3></header>
    ${error ? `<p class="error" role="alert">${h(error)}</p>` : ""}`;
  const style = `style="--brand:${BRAND[operator.key]}"`;
  if (operator.validation === "ussd_otp") {
    return `<section class="card op" ${style} aria-label="${h(operator.label)}">${header}
  <form method="post" action="${actionUrl(tx, "orange")}">
    ${phoneField(operator.key, form)}
    <label for="otp">Code de paiement (OTP)</label>
    <input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]*" maxlength="6" required placeholder="Ex. 482913">
    <p class="hint">Composez <code>*144*4*6#</code> sur votre téléphone Orange, puis saisissez le code reçu.</p>
    <button type="submit">Payer ${formatXof(tx.amount)}</button>
  </form>
</section>`;
  }
  return `<section class="card op" ${style} aria-label="${h(operator.label)}">${header}
  <form method="post" action="${actionUrl(tx, "moov")}">
    ${phoneField(operator.key, form)}
    <p class="hint">Vous recevrez une demande de paiement à valider sur votre téléphone.</p>
    <button type="submit">Payer avec ${h(operator.label)}</button>
  </form>
</section>`;
}

function cancelForm(tx: Transaction): string {
  return `<form method="post" action="${actionUrl(tx, "cancel")}"><button type="submit" class="cancel">Annuler le paiement et retourner à la boutique</button></form>`;
}

export function renderCheckout(tx: Transaction, form: CheckoutForm): string {
  const cards = form.operators.map((operator) => operatorCard(tx, operator, form)).join("\n");
  return layout(
    `Payer ${tx.store?.name ?? ""}`,
    `${summary(tx)}
<h2>Choisissez votre moyen de paiement</h2>
${cards}
${cancelForm(tx)}`,
  );
}

/** Moov Money: the push request is "on the phone"; the buttons stand for the customer's answer. */
export function renderPushApproval(tx: Transaction, operator: Operator, phone: string): string {
  return layout(
    "Validation sur le téléphone",
    `${summary(tx)}
<section class="card op" style="--brand:${BRAND[operator.key]}" aria-label="${h(operator.label)}">
  <header><div class="logo" aria-hidden="true">${LOGO[operator.key]}</div><h3>Validez sur votre téléphone</h3></header>
  <p>Une demande de paiement de <strong>${formatXof(tx.amount)}</strong> a été envoyée au <strong>${h(formatPhone(phone))}</strong>.</p>
  <p class="hint">Simulation : choisissez ce que fait le client sur son téléphone.</p>
  <form method="post" action="${actionUrl(tx, "moov/confirm")}">
    <input type="hidden" name="phone" value="${h(phone)}">
    <button type="submit" name="decision" value="approve">J'ai validé sur mon téléphone</button>
    <button type="submit" name="decision" value="reject" class="secondary">Refuser la demande</button>
  </form>
</section>
${cancelForm(tx)}`,
  );
}

/** A paid or cancelled invoice: it can no longer be paid. */
export function renderFinal(tx: Transaction): string {
  const paid = tx.status === "completed";
  const link = safeLink(paid ? tx.returnUrl : tx.cancelUrl);
  const operator = tx.operator ? OPERATORS[tx.operator] : undefined;
  const details = paid
    ? `<dl><dt>Montant</dt><dd>${formatXof(tx.amount)}</dd>
      <dt>Moyen de paiement</dt><dd>${h(operator?.label ?? "")}</dd>
      <dt>Numéro</dt><dd>${h(tx.payer ? formatPhone(tx.payer) : "")}</dd>
      <dt>Référence</dt><dd>${h(tx.requestId)}</dd></dl>`
    : "";
  return layout(
    paid ? "Facture payée" : "Paiement annulé",
    `<section class="card state">
  <div class="icon ${paid ? "ok" : "ko"}" aria-hidden="true">${paid ? "✓" : "✕"}</div>
  <h1>${paid ? "Cette facture a été payée" : "Ce paiement a été annulé"}</h1>
  <p class="muted">${h(tx.store?.name ?? "")} · ${h(tx.description)}</p>
  ${details}
  ${link ? `<a class="button" href="${h(link)}">Retour à la boutique</a>` : ""}
</section>`,
  );
}

export function renderNotFound(): string {
  return layout(
    "Facture introuvable",
    `<section class="card state"><div class="icon ko" aria-hidden="true">?</div>
  <h1>Facture introuvable</h1><p class="muted">Ce lien de paiement n'existe pas ou a expiré.</p></section>`,
  );
}
