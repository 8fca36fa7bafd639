'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { clearScreening } from '@/lib/screening/store';
import { countShiftPress, exitDestination, exitShiftPresses, type ShiftCounter } from '@/lib/safety/exit';

/** Wipes every answer, hides the page at once (before the next paint) and replaces it with a neutral site. */
function leave() {
  clearScreening();
  document.body.hidden = true;
  window.location.replace(exitDestination);
}

export function ExitControl() {
  const t = useTranslations('exit');
  const [announcement, setAnnouncement] = useState('');
  const counter = useRef<ShiftCounter>({ presses: 0, firstPressAt: 0 });
  const shiftHeld = useRef(false);
  const otherKeyDuringShift = useRef(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Shift') {
        shiftHeld.current = true;
        otherKeyDuringShift.current = false;
        return;
      }
      // Any other key breaks the sequence; with Shift held (typing a capital) that press does not count.
      if (shiftHeld.current) otherKeyDuringShift.current = true;
      counter.current = { presses: 0, firstPressAt: 0 };
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') return;
      shiftHeld.current = false;
      if (otherKeyDuringShift.current) {
        otherKeyDuringShift.current = false;
        return;
      }
      counter.current = countShiftPress(counter.current, Date.now());
      const remaining = exitShiftPresses - counter.current.presses;
      if (remaining <= 0) {
        counter.current = { presses: 0, firstPressAt: 0 };
        setAnnouncement(t('leaving'));
        leave();
      } else {
        setAnnouncement(remaining === 2 ? t('pressTwoMore') : t('pressOneMore'));
      }
    };
    // A page restored from the back-forward cache would still hold answers in memory: start it afresh.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) {
        clearScreening();
        window.location.reload();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [t]);

  return (
    <div className="exit-bar">
      <a
        className="exit-button"
        href={exitDestination}
        rel="nofollow noreferrer"
        onClick={(event) => {
          event.preventDefault();
          leave();
        }}
      >
        {t('button')}
      </a>
      <p className="exit-hint">{t('hint')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
