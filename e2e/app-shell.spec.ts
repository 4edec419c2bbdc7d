import { expect, test } from "@playwright/test";
import { createStaff, signIn } from "./support/staff";
import { navItems } from "@/components/shell/nav-items";
import { can } from "@/lib/auth/permissions";

test("an address that names nothing reads as a French page inside the console, then in English", async ({
  page,
}) => {
  await signIn(page, await createStaff("viewer"));
  const missing = await page.goto("/payouts/aucun-versement");
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText("Page introuvable");
  await expect(page.getByTestId("current-staff")).toBeVisible(); // the console's shell is still there
  await expect(page.locator("body")).not.toContainText("could not be found");

  const unknown = await page.goto("/nulle-part");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await page.screenshot({ path: "test-results/screenshots/not-found-1440.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/not-found-390.png" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByRole("link", { name: "Retour à la vue d'ensemble" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();

  await page.getByRole("button", { name: "en" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.goto("/invoices/none-such");
  await expect(page.getByTestId("not-found").getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a phone can install Caisse: the manifest and its icons load without a session", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    display: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ display: "standalone", start_url: "/" });
  expect(manifest.name).toContain("Boutique Wend-Panga");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src, { maxRedirects: 0 });
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
  }
});

test("on a phone the navigation is one line that opens every page, and closes after choosing", async ({
  page,
}) => {
  await signIn(page, await createStaff("manager"));
  await page.setViewportSize({ width: 390, height: 844 });
  const menu = page.getByTestId("mobile-menu");
  await expect(menu.locator("summary")).toContainText("Vue d'ensemble");
  await expect(menu.getByRole("link", { name: "Grand livre" })).toBeHidden();
  await menu.locator("summary").click();
  // A manager's pages, as the permission table grants them (neither the team nor the admin pages).
  const managerPages = navItems.filter((item) => can("manager", item.permission));
  expect(managerPages.map((item) => item.href)).not.toContain("/users");
  await expect(menu.getByRole("link")).toHaveCount(managerPages.length);
  await page.screenshot({ path: "test-results/screenshots/mobile-menu-open-390.png" });
  await menu.getByRole("link", { name: "Grand livre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Grand livre" })).toBeVisible();
  await expect(menu.locator("summary")).toContainText("Grand livre");
  await expect(menu.getByRole("link", { name: "Factures" })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("the sign-in page starts the keyboard on the e-mail field, the language comes last", async ({
  page,
}) => {
  await page.goto("/login");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Adresse e-mail")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Mot de passe")).toBeFocused();
});
