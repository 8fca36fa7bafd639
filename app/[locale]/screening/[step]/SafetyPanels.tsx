'use client';
import { useTranslations } from 'next-intl';
import { childHotlines } from '@/lib/directory/match';
import { isDangerNow, isPossibleMinor, privacyOf } from '@/lib/screening/assess';
import type { DirectoryEntry } from '@/lib/directory/schema';
import { ContactCard } from '@/app/_components/ContactCard';
import { useScreening } from '@/app/_components/useScreening';

type Panel = 'danger' | 'child' | 'not-private';

/**
 * What the Safety now answers call for, shown the moment they are given (each form change is written
 * to the store at once) and decided by the same rules as the outcome.
 */
export function SafetyPanels({
  show,
  forItem,
  childHotlineEntries = [],
}: {
  childHotlineEntries?: readonly DirectoryEntry[];
  show?: readonly Panel[];
  forItem?: string;
}) {
  const t = useTranslations('safety');
  const { answers, side } = useScreening();
  const panels: Panel[] = show ? [...show] : [];
  if (forItem === 'danger-now' && isDangerNow(answers)) panels.push('danger');
  if (forItem === 'under-18' && isPossibleMinor(answers)) panels.push('child');
  if (forItem === 'can-talk-privately' && privacyOf(answers) === 'no') panels.push('not-private');
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
