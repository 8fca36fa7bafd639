import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { steps } from '@/lib/screening/steps';

export default async function StartPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('start');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <section className="panel">
        <h2>{t('isNotTitle')}</h2>
        <p>{t('isNot')}</p>
      </section>
      <section>
        <h2>{t('practiceTitle')}</h2>
        <ul className="practice-list">
          <li>{t('practiceDanger')}</li>
          <li>{t('practicePrivate')}</li>
          <li>{t('practiceInterpreter')}</li>
          <li>{t('practiceDecline')}</li>
          <li>{t('practiceNoConfront')}</li>
        </ul>
      </section>
      <section>
        <h2>{t('privacyTitle')}</h2>
        <p>{t('privacy')}</p>
        <p>{t('historyNote')}</p>
      </section>
      <p>
        <Link className="button" href={`/screening/${steps[0]}`}>
          {t('start')}
        </Link>
      </p>
    </>
  );
}
