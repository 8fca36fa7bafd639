import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { ReferralDirectory } from './ReferralDirectory';

export default async function ReferralsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('referrals');
  return (
    <>
      <div className="screen-only">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </div>
      <ReferralDirectory />
    </>
  );
}
