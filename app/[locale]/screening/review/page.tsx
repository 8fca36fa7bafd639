import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { steps } from '@/lib/screening/steps';
import { ReviewAnswers } from './ReviewAnswers';

export default async function ReviewPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <>
      <Link className="back-link" href={`/screening/${steps[steps.length - 1]}`}>
        {t('common.back')}
      </Link>
      <h1>{t('review.title')}</h1>
      <p className="lead">{t('review.intro')}</p>
      <ReviewAnswers />
    </>
  );
}
