'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { clearScreening } from '@/lib/screening/store';

/** Clears every answer after a confirmation, then returns to the start page. */
export function StartOverButton() {
  const t = useTranslations('common');
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => {
        if (!window.confirm(t('startOverConfirm'))) return;
        clearScreening();
        router.push('/');
      }}
    >
      {t('startOver')}
    </button>
  );
}
