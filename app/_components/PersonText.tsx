import type { ReactNode } from 'react';
import type { LanguageInUse } from './usePersonLanguage';

/** Text in the person's language beside the worker's, marked with its own language and direction. */
export function PersonText({
  language,
  children,
  inline = false,
}: {
  language: LanguageInUse;
  children: ReactNode;
  inline?: boolean;
}) {
  return (
    <span className={inline ? 'person-text person-text-inline' : 'person-text'} lang={language.locale} dir={language.dir}>
      {children}
    </span>
  );
}
