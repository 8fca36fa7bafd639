import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { directory } from '@/lib/directory';
import { OutcomeView } from './OutcomeView';
import { PersonLanguagePicker } from '@/app/_components/PersonLanguagePicker';

export default async function OutcomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('outcome');
  return (
    <>
      <div className="screen-only">
        <h1>{t('title')}</h1>
        <PersonLanguagePicker />
      </div>
      <OutcomeView directory={directory} />
    </>
  );
}
