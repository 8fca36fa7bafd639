import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

export default async function PrivacyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('privacy');
  const sections = [
    ['keepsTitle', 'keeps'],
    ['sendsTitle', 'sends'],
    ['clearsTitle', 'clears'],
    ['browserTitle', 'browser'],
    ['printTitle', 'print'],
  ] as const;
  return (
    <>
      <h1>{t('title')}</h1>
      {sections.map(([title, body]) => (
        <section key={title}>
          <h2>{t(title)}</h2>
          <p>{t(body)}</p>
        </section>
      ))}
    </>
  );
}
