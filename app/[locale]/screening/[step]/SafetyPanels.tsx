'use client';
import { useTranslations } from 'next-intl';
import { childHotlines } from '@/lib/directory/match';
import type { DirectoryEntry } from '@/lib/directory/schema';
import { ContactCard } from '@/app/_components/ContactCard';
import { useScreening } from '@/app/_components/useScreening';

type Panel = 'danger' | 'child' | 'not-private';

/** What the Safety now answers call for, shown the moment they are given. */
export function SafetyPanels({
  show,
  forItem,
  answers,
  childHotlineEntries = [],
}: {
  childHotlineEntries?: readonly DirectoryEntry[];
  show?: readonly Panel[];
  forItem?: string;
  answers?: Record<string, string | null | undefined>;
}) {
  const t = useTranslations('safety');
  const { side } = useScreening();
  const panels: Panel[] = show ? [...show] : [];
  if (forItem === 'danger-now' && answers?.['danger-now'] === 'yes') panels.push('danger');
  if (forItem === 'under-18' && (answers?.['under-18'] === 'yes' || answers?.['under-18'] === 'not-sure')) panels.push('child');
  if (forItem === 'can-talk-privately' && answers?.['can-talk-privately'] === 'no') panels.push('not-private');
  return (
    <>
      {panels.map((panel) => {
        if (panel === 'danger')
          return (
            <div key={panel} className="panel panel-danger" role="alert">
              <h2>{t('dangerTitle')}</h2>
              <p>{t('dangerBody')}</p>
              <a className="button button-danger" href="tel:911">
                {t('call911')}
              </a>
            </div>
          );
        if (panel === 'child')
          return (
            <div key={panel} className="panel panel-child" role="alert">
              <h2>{t('childTitle')}</h2>
              <p>{t('childBody')}</p>
              <p>{t('childSteps')}</p>
              {childHotlines(childHotlineEntries, side).map((entry) => (
                <ContactCard key={entry.id} entry={entry} />
              ))}
            </div>
          );
        return (
          <div key={panel} className="panel panel-warning" role="alert">
            <h2>{t('notPrivateTitle')}</h2>
            <p>{t('notPrivateBody')}</p>
          </div>
        );
      })}
    </>
  );
}
