import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookie } from "./config";
import { formats } from "./formats";
import { loadMessages } from "./messages";

// No locale in URLs: customer links stay short and shareable. The language comes from the
// person's cookie, French otherwise.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "Africa/Ouagadougou", formats };
});
