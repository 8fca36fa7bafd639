'use client';
import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { clearScreening, getScreening, hasAnyAnswer } from '@/lib/screening/store';
import { inactivityLimitMs, inactivityStateAfter } from '@/lib/safety/inactivity';

const activityEvents = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Guards the answers held in memory: asks before a reload or close would lose them, and wipes them after
 * a period without use (a warning first). Quick exit and Start over clear the store first, so they are
 * never asked about.
 */
export function SessionGuard() {
  const t = useTranslations('inactivity');
  const locale = useLocale();
  const lastActivity = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasAnyAnswer(getScreening())) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  useEffect(() => {
    lastActivity.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (!hasAnyAnswer(getScreening())) {
        lastActivity.current = Date.now();
        setSecondsLeft(null);
        return;
      }
      const idle = Date.now() - lastActivity.current;
      const state = inactivityStateAfter(idle);
      if (state === 'expired') {
        // A full load of the start page: nothing of the screening survives in memory, not even form state.
        clearScreening();
        setSecondsLeft(null);
        window.location.replace(`/${locale}`);
      } else if (state === 'warning') {
        setSecondsLeft(Math.ceil((inactivityLimitMs - idle) / 1000));
      } else {
        setSecondsLeft(null);
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [locale]);

  const warning = secondsLeft !== null;
  // A native modal dialog keeps focus inside it and the page behind it inert while it is open.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (warning && !element.open) element.showModal();
    if (!warning && element.open) element.close();
  }, [warning]);

  const resume = () => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
  };

  return (
    <dialog
      ref={dialog}
      className="inactivity-dialog"
      aria-labelledby="inactivity-title"
      aria-describedby="inactivity-body"
      onCancel={resume}
    >
      <h2 id="inactivity-title">{t('title')}</h2>
      <p id="inactivity-body">{t('body', { seconds: secondsLeft ?? 0 })}</p>
      <button type="button" className="button" onClick={resume} autoFocus>
        {t('keepGoing')}
      </button>
    </dialog>
  );
}
