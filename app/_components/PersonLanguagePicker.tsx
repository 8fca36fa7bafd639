'use client';
import { useLocale, useTranslations } from 'next-intl';
import { isReviewed, localeSettings, locales } from '@/lib/i18n/locales';
import { setPersonLocale } from '@/lib/screening/store';
import { usePersonLocale } from './usePersonLanguage';
import { useHydrated } from './useHydrated';

/**
 * Chooses the person's language separately from the worker's. Questions then show in both, and the
 * printed sheet comes out in the person's. Kept in memory with the answers; changing it loses nothing.
 */
export function PersonLanguagePicker() {
  const t = useTranslations();
  const interfaceLocale = useLocale();
  const hydrated = useHydrated();
  const chosen = usePersonLocale();
  return (
    <details className="person-language" open={chosen !== undefined}>
      <summary>
        {t('personLanguage.legend')}:{' '}
        {chosen ? <span lang={chosen}>{localeSettings[chosen].name}</span> : t('personLanguage.same')}
      </summary>
      <fieldset aria-describedby="person-language-hint" disabled={!hydrated}>
        <legend className="visually-hidden">{t('personLanguage.legend')}</legend>
        <p className="hint" id="person-language-hint">
          {t('personLanguage.hint')}
        </p>
        <div className="options">
          <label className="option" htmlFor="person-language-same">
            <input
              type="radio"
              id="person-language-same"
              name="person-language"
              checked={chosen === undefined}
              onChange={() => setPersonLocale(undefined)}
            />
            <span>{t('personLanguage.same')}</span>
          </label>
          {locales
            .filter((locale) => locale !== interfaceLocale)
            .map((locale) => (
              <label key={locale} className="option" htmlFor={`person-language-${locale}`}>
                <input
                  type="radio"
                  id={`person-language-${locale}`}
                  name="person-language"
                  checked={chosen === locale}
                  onChange={() => setPersonLocale(locale)}
                />
                <span lang={locale}>{localeSettings[locale].name}</span>
              </label>
            ))}
        </div>
        {chosen && !isReviewed(chosen) ? <p className="translation-note">{t('common.translationNotReviewed')}</p> : null}
      </fieldset>
    </details>
  );
}
