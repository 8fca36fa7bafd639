'use client';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { domains, itemsInDomain } from '@/lib/screening/catalog';
import { setReturnToReview } from '@/lib/screening/store';
import { useScreening } from '@/app/_components/useScreening';

/** GOV.UK check-answers: one summary per step, each with a Change link that returns here. */
export function ReviewAnswers() {
  const t = useTranslations();
  const { answers, needs, side } = useScreening();
  const recorded = answers as Record<string, string | undefined>;

  const changeLink = (step: string, section: string) => (
    <Link className="change-link" href={`/screening/${step}`} onClick={() => setReturnToReview(true)}>
      {t('review.change')}
      <span className="visually-hidden"> {t('review.changeHidden', { section })}</span>
    </Link>
  );

  return (
    <>
      {domains.map((domain) => {
        const section = t(`domains.${domain}.title`);
        return (
          <section key={domain} className="summary-section">
            <div className="summary-heading">
              <h2>{section}</h2>
              {changeLink(domain, section)}
            </div>
            <dl className="summary-list">
              {itemsInDomain(domain).map((item) => {
                const answer = recorded[item.id];
                return (
                  <div key={item.id} className="summary-row">
                    <dt>{t(`items.${item.id}.label` as never)}</dt>
                    <dd className={answer ? undefined : 'not-asked'}>
                      {answer ? t(`answers.${answer}` as never) : t('review.notAsked')}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
      <section className="summary-section">
        <div className="summary-heading">
          <h2>{t('review.needsTitle')}</h2>
          {changeLink('needs', t('review.needsTitle'))}
        </div>
        <dl className="summary-list">
          <div className="summary-row">
            <dt>{t('needs.legend')}</dt>
            <dd>{needs.length > 0 ? needs.map((need) => t(`needs.options.${need}`)).join(', ') : t('review.none')}</dd>
          </div>
          <div className="summary-row">
            <dt>{t('review.sideTitle')}</dt>
            <dd>{side ? t(`needs.sides.${side}`) : t('review.notAsked')}</dd>
          </div>
        </dl>
      </section>
      <div className="actions">
        <Link className="button" href="/screening/outcome">
          {t('review.continue')}
        </Link>
      </div>
    </>
  );
}
