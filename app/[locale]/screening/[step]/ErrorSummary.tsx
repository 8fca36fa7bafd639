'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';

export type FieldProblem = { fieldId: string; message: string };

/** GOV.UK error summary: at the top, focused when it appears, linking to each field. */
export function ErrorSummary({ problems }: { problems: readonly FieldProblem[] }) {
  const t = useTranslations('errors');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('summaryTitle')}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a href={`#${problem.fieldId}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
