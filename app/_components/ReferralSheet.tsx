import { useTranslations } from 'next-intl';
import { emergencyId, nationalHotlineId } from '@/lib/directory/match';
import type { DirectoryEntry } from '@/lib/directory/schema';
import { ltr } from './ContactCard';

/**
 * The sheet handed to the person: shown only in print. Discreet by design: a neutral title, no answer,
 * no sign, no date, nothing about the person; confirmed contacts only (the caller passes
 * `printableContacts`), 911 and the national hotline first.
 */
export function ReferralSheet({ contacts }: { contacts: readonly DirectoryEntry[] }) {
  const t = useTranslations('sheet');
  const tc = useTranslations('contact');
  return (
    <section className="referral-sheet" aria-label={t('title')}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul>
        {contacts.map((entry) => {
          const name =
            entry.id === emergencyId
              ? t('emergency')
              : entry.id === nationalHotlineId
                ? t('nationalHotline')
                : (entry.discreetName ?? entry.organisation);
          const phones = entry.phones.filter((phone) => phone.purpose !== 'relay' && phone.purpose !== 'out-of-state');
          return (
            <li key={entry.id} className="sheet-entry">
              <p className="sheet-name">{name}</p>
              {phones.map((phone) => (
                <p key={phone.e164 + phone.purpose} className="sheet-number">
                  {t('call')} <bdi dir="ltr">{phone.display}</bdi>
                  {phones.length > 1 ? <span className="sheet-purpose"> ({tc(`purposes.${phone.purpose}`)})</span> : null}
                </p>
              ))}
              {entry.textLines.map((line) => (
                <p key={line.number} className="sheet-number">
                  {line.keyword
                    ? tc.rich('text', { keyword: line.keyword, number: line.number, bdi: ltr })
                    : tc.rich('textNoKeyword', { number: line.number, bdi: ltr })}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
