'use client';
import { useEffect, useState } from 'react';
import { createTranslator, useLocale, useMessages } from 'next-intl';
import { directionOf, loadMessages, type Locale, type Messages } from '@/lib/i18n/locales';
import { useScreening } from './useScreening';

// Loaded once per page life, from this origin only; held in memory like the answers.
const loadedMessages = new Map<Locale, Messages>();

function makeTranslator(locale: Locale, messages: Messages) {
  return createTranslator({ locale, messages });
}
export type Translator = ReturnType<typeof makeTranslator>;
export type LanguageInUse = { locale: Locale; dir: 'ltr' | 'rtl'; t: Translator };

/** The person's language when the worker has chosen one other than the interface's; otherwise undefined. */
export function usePersonLocale(): Locale | undefined {
  const interfaceLocale = useLocale();
  const { personLocale } = useScreening();
  return personLocale && personLocale !== interfaceLocale ? personLocale : undefined;
}

/**
 * The person's language when the worker has chosen one other than the interface's, with a translator
 * for it once its messages have loaded; otherwise null.
 */
export function usePersonLanguage(): LanguageInUse | null {
  const wanted = usePersonLocale();
  const [, setLoadedCount] = useState(0);

  useEffect(() => {
    if (!wanted || loadedMessages.has(wanted)) return;
    let current = true;
    void loadMessages(wanted).then((messages) => {
      loadedMessages.set(wanted, messages);
      if (current) setLoadedCount((count) => count + 1);
    });
    return () => {
      current = false;
    };
  }, [wanted]);

  const messages = wanted ? loadedMessages.get(wanted) : undefined;
  if (!wanted || !messages) return null;
  return { locale: wanted, dir: directionOf(wanted), t: makeTranslator(wanted, messages) };
}

/** The language the printed sheet speaks: the person's when chosen, else the interface's. */
export function useSheetLanguage(): LanguageInUse {
  const interfaceLocale = useLocale();
  const interfaceMessages = useMessages() as Messages;
  const person = usePersonLanguage();
  return (
    person ?? {
      locale: interfaceLocale,
      dir: directionOf(interfaceLocale),
      t: makeTranslator(interfaceLocale, interfaceMessages),
    }
  );
}
