'use client';
import { useTranslations } from 'next-intl';

export function PrintButton() {
  const t = useTranslations('common');
  return (
    <button type="button" className="button button-secondary" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}
