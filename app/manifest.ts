import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";

// Staff add Caisse to a phone's home screen: it opens like an app, on the overview. Made per
// request because the store's name is read at start-up, not at build time.
export const dynamic = "force-dynamic";

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("common");
  const { STORE_NAME } = env();
  return {
    name: STORE_NAME === t("appName") ? t("appName") : `${STORE_NAME} · ${t("appName")}`,
    short_name: t("appName"),
    description: t("tagline"),
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f5f7f8",
    theme_color: "#1f625b",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
