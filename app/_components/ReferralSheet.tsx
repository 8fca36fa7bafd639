'use client';
import { emergencyId, nationalHotlineId } from '@/lib/directory/match';
import type { DirectoryEntry } from '@/lib/directory/schema';
import { ltr } from './ContactCard';
import { useSheetLanguage } from './usePersonLanguage';

/**
 * The sheet handed to the person: shown only in print, in the person's language when one is chosen.
 * Discreet by design: a neutral title, no answer, no sign, no date, nothing about the person; confirmed
 * contacts only (the caller passes `printableContacts`), 911 and the national hotline first.
 */
export function ReferralSheet({ contacts }: { contacts: readonly DirectoryEntry[] }) {
  const { locale, dir, t } = useSheetLanguage();
  return (
    <section className="referral-sheet" aria-label={t('sheet.title')} lang={locale} dir={dir}>
      <h1>{t('sheet.title')}</h1>
      <p>{t('sheet.intro')}</p>
      <ul>
        {contacts.map((entry) => {
          const name =
            entry.id === emergencyId
              ? t('sheet.emergency')
              : entry.id === nationalHotlineId
                ? t('sheet.nationalHotline')
                : (entry.discreetName ?? entry.organisation);
          const phones = entry.phones.filter((phone) => phone.purpose !== 'relay' && phone.purpose !== 'out-of-state');
          return (
            <li key={entry.id} className="sheet-entry">
              <p className="sheet-name">{name}</p>
              {phones.map((phone) => (
                <p key={phone.e164 + phone.purpose} className="sheet-number">
                  {t.rich('contact.call', { number: phone.display, bdi: ltr })}
                  {phones.length > 1 ? <span className="sheet-purpose"> ({t(`contact.purposes.${phone.purpose}`)})</span> : null}
                </p>
              ))}
              {entry.textLines.map((line) => (
                <p key={line.number} className="sheet-number">
                  {line.keyword
                    ? t.rich('contact.text', { keyword: line.keyword, number: line.number, bdi: ltr })
                    : t.rich('contact.textNoKeyword', { number: line.number, bdi: ltr })}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
