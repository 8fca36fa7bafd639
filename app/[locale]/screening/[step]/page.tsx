import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { isDomainStep, isStep, previousStep, stepNumber, steps } from '@/lib/screening/steps';
import { Link } from '@/lib/i18n/navigation';
import { directory } from '@/lib/directory';
import { childHotlines } from '@/lib/directory/match';
import { StepForm } from './StepForm';
import { NeedsForm } from './NeedsForm';
import { PersonLanguagePicker } from '@/app/_components/PersonLanguagePicker';

export const dynamicParams = false;

export function generateStaticParams() {
  return steps.map((step) => ({ step }));
}

export default async function StepPage({ params }: { params: Promise<{ locale: Locale; step: string }> }) {
  const { locale, step } = await params;
  if (!isStep(step)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations();
  const previous = previousStep(step);
  const title = isDomainStep(step) ? t(`domains.${step}.title`) : t('needs.title');
  const intro = isDomainStep(step) ? t(`domains.${step}.intro`) : t('needs.intro');
  return (
    <>
      <Link className="back-link" href={previous ? `/screening/${previous}` : '/'}>
        {t('common.back')}
      </Link>
      <p className="step-count">{t('common.stepOf', { current: stepNumber(step), total: steps.length })}</p>
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      <PersonLanguagePicker />
      {isDomainStep(step) ? (
        <StepForm step={step} childHotlineEntries={step === 'safety' ? childHotlines(directory, undefined) : []} />
      ) : (
        <NeedsForm />
      )}
    </>
  );
}
