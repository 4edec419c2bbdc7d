import { getTranslations } from "next-intl/server";
import { Icon } from "./icons";

/** Caisse's logo and name, as on the sidebar and the sign-in page. */
export async function BrandMark({ size = "md" }: { size?: "md" | "lg" }) {
  const t = await getTranslations("common");
  const box = size === "lg" ? "h-9 w-9" : "h-8 w-8";
  return (
    <div className="flex items-center gap-2.5">
      <span className={`grid ${box} place-items-center rounded-lg bg-brand-700 text-white`}>
        <Icon name="wallet" className={size === "lg" ? "h-5 w-5" : "h-4 w-4"} />
      </span>
      <div className="leading-tight">
        <p className={`font-semibold text-ink ${size === "lg" ? "" : "text-sm"}`}>{t("appName")}</p>
        <p className={`text-ink-muted ${size === "lg" ? "text-xs" : "text-[11px]"}`}>{t("tagline")}</p>
      </div>
    </div>
  );
}
