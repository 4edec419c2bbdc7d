// The customer pages' whole stylesheet, inlined in each page (≈ 1.5 kB gzip): the first paint on
// a slow 3G phone waits for nothing but the HTML. The same look as the console's Tailwind theme
// (tailwind.config.ts: brand teal, ink, surface and the status colours, all WCAG AA on their
// backgrounds), written by hand because these pages are not React pages and load no CSS file.
export const PAY_STYLES = `
*,::before,::after{box-sizing:border-box;margin:0;padding:0;border:0 solid #e3e8ec}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;line-height:1.5;-webkit-text-size-adjust:100%;font-feature-settings:"tnum" 1}
body{background:#f5f7f8;color:#17202a;-webkit-font-smoothing:antialiased}
:focus-visible{outline:2px solid #2f978a;outline-offset:2px}
a{color:inherit}
button{font:inherit;color:inherit;background:none;cursor:pointer}
ul{list-style:none}
svg{display:inline-block;vertical-align:middle}
.page{min-height:100dvh;padding:1.5rem 1rem}
.page.far{padding:3rem 1rem}
.card.roomy{padding:1.5rem}
main{width:100%;max-width:28rem;margin:0 auto}
main>*+*{margin-top:1rem}
.head{display:flex;align-items:center;gap:.75rem}
.avatar{display:flex;width:2.5rem;height:2.5rem;flex:none;align-items:center;justify-content:center;border-radius:9999px;background:#1f625b;color:#fff;font-size:1.125rem;font-weight:600}
.label{font-size:.75rem;line-height:1rem;text-transform:uppercase;letter-spacing:.025em;color:#5b6675}
.merchant{font-size:1.125rem;line-height:1.75rem;font-weight:600;overflow-wrap:anywhere}
.card{border-width:1px;border-radius:1rem;background:#fff;padding:1.25rem;box-shadow:0 1px 2px rgba(16,24,40,.06),0 1px 3px rgba(16,24,40,.08)}
.secure{display:flex;align-items:center;justify-content:center;gap:.375rem}
.secure svg{width:.875rem;height:.875rem}
.center{text-align:center}
.ib{display:inline-block}
.xs{font-size:.75rem;line-height:1rem}
.sm{font-size:.875rem;line-height:1.25rem}
.base{font-size:1rem;line-height:1.5rem}
.muted{color:#5b6675}
.strong{font-weight:600}
.medium{font-weight:500}
.wrap{overflow-wrap:anywhere;min-width:0}
.nowrap{white-space:nowrap}
.mt1{margin-top:.25rem}.mt2{margin-top:.5rem}.mt3{margin-top:.75rem}.mt4{margin-top:1rem}.mt6{margin-top:1.5rem}
.spread{display:flex;flex-wrap:wrap;justify-content:space-between;column-gap:.75rem}
.rows{border-top-width:1px;border-bottom-width:1px}
.rows>*+*{border-top-width:1px}
.row{display:flex;align-items:flex-start;justify-content:space-between;gap:.75rem;padding:.75rem 0}
.fact{display:flex;flex-wrap:wrap;justify-content:space-between;column-gap:.75rem;padding:.625rem 0}
.fact dd{min-width:0;overflow-wrap:anywhere;text-align:right;font-weight:500}
.total{display:flex;align-items:baseline;justify-content:space-between}
.amount{font-size:1.5rem;line-height:2rem;font-weight:600}
.amount-lg{font-size:1.875rem;line-height:2.25rem;font-weight:600}
.icon{display:flex;width:3.5rem;height:3.5rem;margin:0 auto;align-items:center;justify-content:center;border-radius:9999px;font-size:1.5rem;line-height:2rem;font-weight:700}
.title{margin-top:1rem;font-size:1.25rem;line-height:1.75rem;font-weight:600}
.success{background:#e3f5e9;color:#137a39}.danger{background:#fde8e6;color:#b42318}
.warning{background:#fdf1dc;color:#a15c07}.info{background:#e5effb;color:#1d5fb4}
.text-success{color:#137a39}.text-warning{color:#a15c07}
.actions{margin-top:1.5rem;text-align:center}
.actions>*+*{margin-top:.75rem}
.btn{display:block;width:100%;border-radius:.75rem;background:#1f625b;padding:.875rem 1rem;text-align:center;font-size:1rem;line-height:1.5rem;font-weight:600;color:#fff;text-decoration:none}
.btn:hover{background:#1c4f4a}
.btn-outline{display:block;border:1px solid #1f625b;border-radius:.75rem;padding:.75rem 1rem;text-align:center;font-size:.875rem;line-height:1.25rem;font-weight:600;color:#1f625b;text-decoration:none}
.btn-outline:hover{background:#f5f7f8}
.link{font-weight:500;color:#1f625b;text-decoration:underline;text-underline-offset:2px}
.link:hover{color:#1c4f4a}
.panel{margin-top:1.5rem;border-width:1px;border-radius:.75rem;background:#f5f7f8;padding:1rem}
.divider{margin-top:1.5rem;border-top-width:1px;padding-top:1rem}
.stack>*+*{margin-top:.5rem}
@media (min-width:640px){.page{padding:3rem 1rem}}
`
  .trim()
  .replace(/\n/g, "");
