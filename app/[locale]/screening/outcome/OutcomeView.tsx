'use client';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { assess } from '@/lib/screening/assess';
import { hasAnyAnswer } from '@/lib/screening/store';
import { matchContacts, printableContacts } from '@/lib/directory/match';
import type { DirectoryEntry } from '@/lib/directory/schema';
import { sources } from '@/lib/screening/sources';
import { steps } from '@/lib/screening/steps';
import { useScreening } from '@/app/_components/useScreening';
import { ContactCard } from '@/app/_components/ContactCard';
import { ReferralSheet } from '@/app/_components/ReferralSheet';
import { PrintButton } from '@/app/_components/PrintButton';
import { StartOverButton } from '@/app/_components/StartOverButton';

/**
 * The level of concern in plain words, the signs behind it with their sources, and who can help.
 * The directory arrives from the server already checked against its schema.
 */
export function OutcomeView({ directory }: { directory: readonly DirectoryEntry[] }) {
  const t = useTranslations();
  const screening = useScreening();
  if (!hasAnyAnswer(screening)) {
    return (
      <div className="screen-only">
        <p>{t('outcome.noAnswers')}</p>
        <Link className="button" href={`/screening/${steps[0]}`}>
          {t('outcome.startScreening')}
        </Link>
      </div>
    );
  }
  const outcome = assess(screening.answers, screening.needs);
  const { contacts, needsWithoutLocalService } = matchContacts(directory, {
    referralNeeds: outcome.referralNeeds,
    side: screening.side,
    possibleMinor: outcome.possibleMinor,
  });
  const printable = printableContacts(
    directory,
    contacts.map((contact) => contact.entry),
  );

  return (
    <>
      <div className="screen-only">
        <section className={`panel urgency urgency-${outcome.urgency}`} aria-labelledby="urgency-title">
          <h2 id="urgency-title">{t(`outcome.urgency.${outcome.urgency}.title`)}</h2>
          <p>{t(`outcome.urgency.${outcome.urgency}.body`)}</p>
          {outcome.dangerNow ? (
            <a className="button button-danger" href="tel:911">
              {t('safety.call911')}
            </a>
          ) : null}
        </section>
        <p className="verdict-note">{t('outcome.neverVerdict')}</p>
        {outcome.possibleMinor && outcome.urgency !== 'child' ? (
          <p className="panel panel-child">{t('outcome.minorNote')}</p>
        ) : null}
        {outcome.privateConversation === 'no' ? <p className="panel panel-warning">{t('outcome.notPrivateNote')}</p> : null}

        {outcome.flagsByDomain.length > 0 ? (
          <section aria-labelledby="flags-title">
            <h2 id="flags-title">{t('outcome.flagsTitle')}</h2>
            <p>{t('outcome.flagsCount', { strong: outcome.strongFlags, supporting: outcome.supportingFlags })}</p>
            {outcome.flagsByDomain.map(({ domain, indicators }) => (
              <section key={domain} className="flag-group">
                <h3>{t(`domains.${domain}.title`)}</h3>
                <ul className="flag-list">
                  {indicators.map((indicator) => (
                    <li key={indicator.id}>
                      <span className={`badge badge-${indicator.weight}`}>{t(`outcome.${indicator.weight}`)}</span>{' '}
                      {t(`items.${indicator.id}.label` as never)}
                      <span className="flag-source">{t('outcome.source', { source: sources[indicator.source].title })}</span>
                    </li>
                  ))}
                </ul>
                <p className="guidance">{t(`outcome.guidance.${domain}`)}</p>
              </section>
            ))}
          </section>
        ) : null}

        <section aria-labelledby="next-steps-title">
          <h2 id="next-steps-title">{t('outcome.nextStepsTitle')}</h2>
          <ol className="next-steps">
            {outcome.dangerNow ? <li>{t('outcome.nextSteps.danger')}</li> : null}
            {outcome.possibleMinor ? <li>{t('outcome.nextSteps.child')}</li> : null}
            <li>{t('outcome.nextSteps.hotline')}</li>
            <li>{t('outcome.nextSteps.sheet')}</li>
            <li>{t('outcome.nextSteps.supervisor')}</li>
          </ol>
        </section>

        <section aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t('outcome.contactsTitle')}</h2>
          {needsWithoutLocalService.length > 0 ? (
            <p className="hint">
              {t('outcome.noLocalService', {
                needs: needsWithoutLocalService.map((need) => t(`outcome.reasons.${need}`)).join(', '),
              })}
            </p>
          ) : null}
          <ul className="contact-list">
            {contacts.map(({ entry, reasons }) => (
              <li key={entry.id}>
                <p className="reasons">{reasons.map((reason) => t(`outcome.reasons.${reason}`)).join(' · ')}</p>
                <ContactCard entry={entry} />
              </li>
            ))}
          </ul>
        </section>

        <div className="actions">
          <PrintButton />
          <StartOverButton />
        </div>
      </div>
      <ReferralSheet contacts={printable} />
    </>
  );
}
