'use client';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { localeSettings, locales } from '@/lib/i18n/locales';

/** Links to the same page in each language; the answers stay because they live outside React. */
export function LanguageNav() {
  const t = useTranslations('common');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav className="language-nav" aria-label={t('languages')}>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {localeSettings[locale].name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
