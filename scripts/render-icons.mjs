// Renders the home-screen icons (public/icons, app/apple-icon.png) from app/icon.svg in Chromium:
// `node scripts/render-icons.mjs` after changing the mark. Nothing is fetched.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const svg = readFileSync("app/icon.svg", "utf8");
const glyph = svg.replace(/<rect[^>]*\/>/, ""); // the mark without its rounded tile
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
async function shot(html, size, path) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${html}</body></html>`);
  await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
const tile = (size) => svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
// Maskable: full-bleed colour, the mark inside the 80% safe zone.
const maskable = (size) =>
  `<div style="width:${size}px;height:${size}px;background:#1f625b;display:grid;place-items:center">${glyph.replace("<svg ", `<svg width="${Math.round(size * 0.62)}" height="${Math.round(size * 0.62)}" `)}</div>`;
await shot(tile(192), 192, "public/icons/icon-192.png");
await shot(tile(512), 512, "public/icons/icon-512.png");
await shot(maskable(512), 512, "public/icons/maskable-512.png");
await shot(maskable(180), 180, "app/apple-icon.png");
await browser.close();
