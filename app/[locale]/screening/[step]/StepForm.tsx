'use client';
import { useMemo } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { askAnswers, itemsInDomain, observeAnswers, type Domain, type ItemId, type ItemKind } from '@/lib/screening/catalog';
import { stepAnswersSchema } from '@/lib/screening/answers';
import { isDangerNow, isPossibleMinor } from '@/lib/screening/assess';
import { getScreening, setAnswer, setAnswers } from '@/lib/screening/store';
import { useScreening } from '@/app/_components/useScreening';
import { usePersonLanguage } from '@/app/_components/usePersonLanguage';
import { useHydrated } from '@/app/_components/useHydrated';
import { PersonText } from '@/app/_components/PersonText';
import type { DirectoryEntry } from '@/lib/directory/schema';
import { ErrorSummary } from './ErrorSummary';
import { ChoiceOption } from './ChoiceOption';
import { useWriteThrough } from './useWriteThrough';
import { SafetyPanels } from './SafetyPanels';
import { useContinue } from './useContinue';

type Item = { id: ItemId; kind: ItemKind };
type StepValues = Record<string, string | null | undefined>;

function writeAnswer(name: string, values: Partial<StepValues>) {
  setAnswer(name as ItemId, values[name] ?? undefined);
}

/** One indicator domain's questions; the child hotlines come from the server, already checked. */
export function StepForm({ step, childHotlineEntries }: { step: Domain; childHotlineEntries: readonly DirectoryEntry[] }) {
  const t = useTranslations();
  const screening = useScreening();
  const goOn = useContinue(step);
  const person = usePersonLanguage();
  const hydrated = useHydrated();
  const items = useMemo(() => itemsInDomain(step), [step]);
  const schema = useMemo(() => stepAnswersSchema(items), [items]);
  // Answers come from the store, so a language switch (which remounts this form) loses nothing.
  const defaultValues = useMemo(() => {
    const stored = getScreening().answers as Record<string, string | undefined>;
    return Object.fromEntries(items.map((item) => [item.id, stored[item.id] ?? null])) as StepValues;
  }, [items]);
  const { register, handleSubmit, setValue, formState, control, subscribe } = useForm<StepValues>({
    resolver: zodResolver(schema) as never,
    defaultValues,
  });

  useWriteThrough(subscribe, writeAnswer);

  const values = useWatch({ control });
  // A possible minor: no in-depth questioning, so only what can be observed is shown (child pathway).
  const childPathway = step !== 'safety' && isPossibleMinor(screening.answers);
  const shownItems = childPathway ? items.filter((item) => item.kind === 'observe') : items;
  const problems = problemsOf(formState.errors, items, (id) => t(`items.${id}.label` as never));

  return (
    <form
      noValidate
      onSubmit={handleSubmit((submitted) => {
        setAnswers(submitted);
        goOn();
      })}
    >
      <ErrorSummary
        problems={problems.map((problem) => ({ ...problem, message: t('errors.invalidAnswer', { item: problem.message }) }))}
      />
      <fieldset className="form-body" disabled={!hydrated}>
        {step !== 'safety' && isDangerNow(screening.answers) ? <SafetyPanels show={['danger']} /> : null}
        {childPathway ? (
          <div className="panel panel-child">
            <p className="badge">{t('safety.childPathwayBadge')}</p>
            <p>{t('safety.childSteps')}</p>
          </div>
        ) : null}
        {shownItems.map((item) => {
          const options = item.kind === 'observe' ? observeAnswers : askAnswers;
          const label = t(`items.${item.id}.label` as never);
          const current = values[item.id];
          return (
            <div key={item.id} className="question">
              <fieldset aria-describedby={`${item.id}-hint`}>
                <legend className="question-label">
                  {label}
                  {person ? <PersonText language={person}>{person.t(`items.${item.id}.label` as never)}</PersonText> : null}
                </legend>
                <p className="question-kind">{t(`itemKinds.${item.kind}`)}</p>
                {item.kind === 'ask' ? (
                  <p className="question-ask">
                    “{t(`items.${item.id}.ask` as never)}”
                    {person ? <PersonText language={person}>“{person.t(`items.${item.id}.ask` as never)}”</PersonText> : null}
                  </p>
                ) : null}
                <p className="hint" id={`${item.id}-hint`}>
                  {t(`items.${item.id}.hint` as never)}
                  {person ? <PersonText language={person}>{person.t(`items.${item.id}.hint` as never)}</PersonText> : null}
                </p>
                <div className="options">
                  {options.map((option, index) => (
                    <ChoiceOption
                      key={option}
                      id={index === 0 ? item.id : `${item.id}-${option}`}
                      type="radio"
                      label={t(`answers.${option}`)}
                      personLabel={person?.t(`answers.${option}`)}
                      person={person}
                      input={{ value: option, ...register(item.id) }}
                    />
                  ))}
                </div>
                {current ? (
                  <button type="button" className="link-button" onClick={() => setValue(item.id, null, { shouldDirty: true })}>
                    {t('answers.clear')}
                    <span className="visually-hidden"> {t('answers.clearHidden', { item: label })}</span>
                  </button>
                ) : null}
              </fieldset>
              {step === 'safety' ? <SafetyPanels forItem={item.id} childHotlineEntries={childHotlineEntries} /> : null}
            </div>
          );
        })}
        <div className="actions">
          <button type="submit" className="button">
            {t('common.continue')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function problemsOf(errors: FieldErrors<StepValues>, items: readonly Item[], labelOf: (id: ItemId) => string) {
  return items.filter((item) => errors[item.id]).map((item) => ({ fieldId: item.id, message: labelOf(item.id) }));
}
