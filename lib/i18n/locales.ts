// The one list of languages. Adding a language: one line here and one messages/<code>.json.
// Direction is declared, never guessed from text (see the brief's ux.md on Enketo #667).
export const localeSettings = {
  en: { name: 'English', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl' }>;

export type Locale = keyof typeof localeSettings;
export const locales = Object.keys(localeSettings) as Locale[];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeSettings, value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return localeSettings[locale].dir;
}
