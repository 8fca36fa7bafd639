// The one list of languages. Adding a language: one messages/<code>.json and one line here.
// Direction is declared, never guessed from text (see the brief's ux.md on Enketo #667).
// `reviewed`: a native speaker has checked the whole file; until then the worker sees a discreet note.
import type en from '@/messages/en.json';

export type Messages = typeof en;
type LocaleSetting = { name: string; dir: 'ltr' | 'rtl'; reviewed: boolean; messages: () => Promise<{ default: unknown }> };

export const localeSettings = {
  en: { name: 'English', dir: 'ltr', reviewed: true, messages: () => import('@/messages/en.json') },
  es: { name: 'Español', dir: 'ltr', reviewed: false, messages: () => import('@/messages/es.json') },
  ar: { name: 'العربية', dir: 'rtl', reviewed: false, messages: () => import('@/messages/ar.json') },
  vi: { name: 'Tiếng Việt', dir: 'ltr', reviewed: false, messages: () => import('@/messages/vi.json') },
  sw: { name: 'Kiswahili', dir: 'ltr', reviewed: false, messages: () => import('@/messages/sw.json') },
  so: { name: 'Soomaali', dir: 'ltr', reviewed: false, messages: () => import('@/messages/so.json') },
} as const satisfies Record<string, LocaleSetting>;

export type Locale = keyof typeof localeSettings;
export const locales = Object.keys(localeSettings) as Locale[];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeSettings, value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return localeSettings[locale].dir;
}

export function isReviewed(locale: Locale): boolean {
  return localeSettings[locale].reviewed;
}

/** Every locale's file has the same keys as English (the unit tests see to it). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await localeSettings[locale].messages()).default as Messages;
}
