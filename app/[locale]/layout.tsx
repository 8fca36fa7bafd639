import '../globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider, hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { directionOf, isReviewed } from '@/lib/i18n/locales';
import { ExitControl } from '../_components/ExitControl';
import { LanguageNav } from '../_components/LanguageNav';
import { SiteFooter } from '../_components/SiteFooter';
import { SessionGuard } from '../_components/SessionGuard';
import { ServiceWorkerRegistration } from '../_components/ServiceWorkerRegistration';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: t('title'),
    description: t('description'),
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d3557' };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <NextIntlClientProvider>
          {/* The exit comes first in visual and keyboard order, before anything sensitive. */}
          <ExitControl />
          <a className="skip-link" href="#main-content">
            {t('skipToContent')}
          </a>
          <header className="site-header">
            <LanguageNav />
            {isReviewed(locale) ? null : <p className="translation-note">{t('translationNotReviewed')}</p>}
          </header>
          <main id="main-content" className="page" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
          <SessionGuard />
          <ServiceWorkerRegistration />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
