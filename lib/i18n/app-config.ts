// Makes every message key and locale type-checked (next-intl's AppConfig augmentation).
import type { Locale, Messages } from './locales';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
