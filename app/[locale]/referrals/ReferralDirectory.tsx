'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { directoryForNeed, printableContacts, servicesForNeed } from '@/lib/directory/match';
import type { DirectoryEntry } from '@/lib/directory/schema';
import { needs } from '@/lib/screening/catalog';
import { ContactCard } from '@/app/_components/ContactCard';
import { ReferralSheet } from '@/app/_components/ReferralSheet';
import { PrintButton } from '@/app/_components/PrintButton';

type Filter = keyof typeof servicesForNeed | 'reporting' | 'all';
const filters: readonly Filter[] = ['all', ...needs, 'reporting'];

/** The whole directory, filterable by need; the filter lives in memory, never in the URL. */
export function ReferralDirectory({ directory }: { directory: readonly DirectoryEntry[] }) {
  const t = useTranslations();
  const [filter, setFilter] = useState<Filter>('all');
  const shown = directoryForNeed(directory, filter === 'all' ? undefined : filter);
  const labelOf = (value: Filter) =>
    value === 'all' ? t('referrals.all') : value === 'reporting' ? t('referrals.reporting') : t(`needs.options.${value}`);
  return (
    <>
      <div className="screen-only">
        <fieldset className="question">
          <legend className="question-label">{t('referrals.filterLegend')}</legend>
          <div className="options">
            {filters.map((value) => (
              <label key={value} className="option" htmlFor={`filter-${value}`}>
                <input
                  type="radio"
                  id={`filter-${value}`}
                  name="filter"
                  value={value}
                  checked={filter === value}
                  onChange={() => setFilter(value)}
                />
                <span>{labelOf(value)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p role="status">{t('referrals.showing', { count: shown.length })}</p>
        <ul className="contact-list">
          {shown.map((entry) => (
            <li key={entry.id}>
              <ContactCard entry={entry} headingLevel={2} />
            </li>
          ))}
        </ul>
        <div className="actions">
          <PrintButton />
        </div>
      </div>
      <ReferralSheet contacts={printableContacts(directory, shown)} />
    </>
  );
}
