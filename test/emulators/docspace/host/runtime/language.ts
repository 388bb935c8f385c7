import { PORTAL_CULTURES } from "./cultures";
import type { BootConfig } from "./types";

/** One year, as the client's COOKIE_EXPIRATION_YEAR (packages/shared/constants/index.ts). */
const COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

function nativeName(culture: string): string {
  try {
    return new Intl.DisplayNames([culture], { type: "language" }).of(culture) ?? culture;
  } catch {
    return culture;
  }
}

/**
 * Changes the language as the profile's language combo box does (ONLYOFFICE/DocSpace-client
 * packages/client/src/pages/Profile/Section/Body/sub-components/main-profile/index.tsx
 * onLanguageSelect → store/contacts/TargetUserStore.ts updateProfileCulture): PUT
 * people/{id}/culture, then the `asc_language` cookie for a year. A plugin learns the language
 * only when it is loaded (store/PluginStore.ts initLocalePlugin reads `getCookie(LANGUAGE) ||
 * culture`), so the page is reloaded for the plugins to speak it.
 */
async function changeLanguage(boot: BootConfig, culture: string): Promise<boolean> {
  const res = await fetch(`/api/2.0/people/${encodeURIComponent(boot.user.id)}/culture`, {
    method: "PUT",
    credentials: "include",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ cultureName: culture }),
  });
  if (!res.ok) return false;
  document.cookie = `asc_language=${encodeURIComponent(culture)}; path=/; max-age=${COOKIE_MAX_AGE}`;
  window.location.reload();
  return true;
}

/** The header's language combo box: a native select, styled as the client's ComboBox. */
export function languageSwitch(boot: BootConfig): HTMLElement {
  const label = document.createElement("label");
  label.className = "language-switch";
  label.title = "Language";
  const select = document.createElement("select");
  select.dataset.testid = "language-switch";
  select.setAttribute("aria-label", "Language");
  const cultures: readonly string[] = PORTAL_CULTURES;
  const current = cultures.find((c) => c.toLowerCase() === boot.language.toLowerCase()) ?? boot.language;
  const known = cultures.includes(current) ? cultures : [current, ...cultures];
  for (const culture of known) {
    const option = document.createElement("option");
    option.value = culture;
    option.textContent = `${nativeName(culture)} (${culture})`;
    select.append(option);
  }
  select.value = current;
  select.addEventListener("change", () => {
    select.disabled = true;
    void changeLanguage(boot, select.value).then((ok) => {
      if (ok) return;
      select.value = current;
      select.disabled = false;
    });
  });
  label.append(select);
  return label;
}
