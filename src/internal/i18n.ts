/**
 * Languages. All visible text goes through @lit/localize's `msg()`; English is built in and the
 * other languages load on demand. A locale the portal does not have falls back to English, and a
 * message missing from a translation shows in English — never as a key.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

type Language = typeof sourceLocale | (typeof targetLocales)[number];

const translations: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  ar: () => import('../locales/ar.js'),
  de: () => import('../locales/de.js'),
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => translations[locale as keyof typeof translations]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The portal language for a BCP 47 locale: `fr-CA` → `fr`; anything unknown → English. */
export function languageOf(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (targetLocales as readonly string[]).includes(base) ? (base as Language) : sourceLocale;
}

/** `rtl` for right-to-left languages. */
export function directionOf(locale: string | undefined): 'ltr' | 'rtl' {
  return RTL.has((locale ?? '').toLowerCase().split(/[-_]/)[0]) ? 'rtl' : 'ltr';
}

/**
 * Shows the portal in the language of `locale` (loading it if needed). Elements decorated with
 * `@localized()` re-render when it arrives.
 */
export async function useLocale(locale: string | undefined): Promise<void> {
  const language = languageOf(locale);
  // No shortcut on getLocale(): another language may still be loading, and the last request must win.
  try {
    await setLocale(language);
  } catch (error) {
    // A translation that fails to load leaves the portal in English rather than broken.
    console.warn('[portico] could not load the translation', language, error);
  }
}

export { getLocale };
