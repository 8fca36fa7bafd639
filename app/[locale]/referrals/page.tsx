import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { directory } from '@/lib/directory';
import { ReferralDirectory } from './ReferralDirectory';
import { PersonLanguagePicker } from '@/app/_components/PersonLanguagePicker';

export default async function ReferralsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('referrals');
  return (
    <>
      <div className="screen-only">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <PersonLanguagePicker />
      </div>
      <ReferralDirectory directory={directory} />
    </>
  );
}
