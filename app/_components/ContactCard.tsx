import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { DirectoryEntry } from '@/lib/directory/schema';

/** Phone numbers stay left-to-right inside right-to-left text. */
export function ltr(chunks: ReactNode) {
  return <bdi dir="ltr">{chunks}</bdi>;
}

/** One directory entry as the worker sees it: what it offers, how to reach it, and how sure we are. */
export function ContactCard({ entry, headingLevel = 3 }: { entry: DirectoryEntry; headingLevel?: 2 | 3 }) {
  const t = useTranslations('contact');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const confirmed = entry.verification.status === 'confirmed';
  return (
    <article className={confirmed ? 'contact' : 'contact contact-unconfirmed'}>
      <Heading className="contact-name">{entry.organisation}</Heading>
      {!confirmed ? <p className="contact-warning">{t('notConfirmed')}</p> : null}
      <ul className="tags" aria-label={entry.organisation}>
        {entry.services.map((service) => (
          <li key={service}>{t(`services.${service}`)}</li>
        ))}
      </ul>
      <ul className="phones">
        {entry.phones.map((phone) => (
          <li key={phone.e164 + phone.purpose}>
            <a className="phone-link" href={`tel:${phone.e164}`}>
              {t.rich('call', { number: phone.display, bdi: ltr })}
            </a>{' '}
            {entry.phones.length > 1 ? <span className="phone-purpose">({t(`purposes.${phone.purpose}`)})</span> : null}
          </li>
        ))}
        {entry.textLines.map((line) => (
          <li key={line.number}>
            {line.keyword
              ? t.rich('text', { keyword: line.keyword, number: line.number, bdi: ltr })
              : t.rich('textNoKeyword', { number: line.number, bdi: ltr })}
          </li>
        ))}
      </ul>
      <p className="contact-meta">
        {t(`hours.${entry.hours}`)}
        {' · '}
        {entry.area.map((area) => t(`areas.${area}`)).join(', ')}
        {entry.audience !== 'everyone' ? ` · ${t(`audiences.${entry.audience}`)}` : ''}
        {entry.interpreters ? ` · ${t('interpreters')}` : ''}
      </p>
      <p className="contact-source">
        {confirmed ? `${t('confirmed')}. ` : ''}
        {t('source', { source: entry.verification.source, date: entry.verification.checked })}
      </p>
    </article>
  );
}
