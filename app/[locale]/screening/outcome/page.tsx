import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { OutcomeView } from './OutcomeView';

export default async function OutcomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('outcome');
  return (
    <>
      <h1 className="screen-only">{t('title')}</h1>
      <OutcomeView />
    </>
  );
}
