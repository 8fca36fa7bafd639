'use client';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod/mini';
import { useTranslations } from 'next-intl';
import { needs, stateSides } from '@/lib/screening/catalog';
import { needsSchema, stateSideSchema } from '@/lib/screening/answers';
import { getScreening, setNeeds, setStateSide } from '@/lib/screening/store';
import { ErrorSummary } from './ErrorSummary';
import { useContinue } from './useContinue';
import { ChoiceOption } from './ChoiceOption';
import { useWriteThrough } from './useWriteThrough';
import { usePersonLanguage } from '@/app/_components/usePersonLanguage';
import { useHydrated } from '@/app/_components/useHydrated';
import { PersonText } from '@/app/_components/PersonText';

const needsFormSchema = z.strictObject({ needs: needsSchema, side: z.nullish(stateSideSchema) });
type NeedsValues = { needs: string[]; side: string | null };

function writeNeeds(name: string, values: Partial<NeedsValues>) {
  if (name === 'needs') setNeeds(values.needs ?? []);
  if (name === 'side') setStateSide(values.side ?? undefined);
}

/** The optional step: what the person wants help with, and which side of the state line they stay on. */
export function NeedsForm() {
  const t = useTranslations();
  const goOn = useContinue('needs');
  const person = usePersonLanguage();
  const hydrated = useHydrated();
  const defaultValues = useMemo<NeedsValues>(() => {
    const { needs: stored, side } = getScreening();
    return { needs: [...stored], side: side ?? null };
  }, []);
  const { register, handleSubmit, formState, subscribe } = useForm<NeedsValues>({
    resolver: zodResolver(needsFormSchema) as never,
    defaultValues,
  });

  useWriteThrough(subscribe, writeNeeds);

  const problems = [
    ...(formState.errors.needs ? [{ fieldId: `need-${needs[0]}`, message: t('needs.legend') }] : []),
    ...(formState.errors.side ? [{ fieldId: `side-${stateSides[0]}`, message: t('needs.sideLegend') }] : []),
  ].map((problem) => ({ ...problem, message: t('errors.invalidAnswer', { item: problem.message }) }));

  return (
    <form
      noValidate
      onSubmit={handleSubmit((submitted) => {
        setNeeds(submitted.needs);
        setStateSide(submitted.side ?? undefined);
        goOn();
      })}
    >
      <ErrorSummary problems={problems} />
      <fieldset className="form-body" disabled={!hydrated}>
        <div className="question">
          <fieldset>
            <legend className="question-label">
              {t('needs.legend')}
              {person ? <PersonText language={person}>{person.t('needs.title')}</PersonText> : null}
            </legend>
            <div className="options options-stacked">
              {needs.map((need) => (
                <ChoiceOption
                  key={need}
                  id={`need-${need}`}
                  type="checkbox"
                  label={t(`needs.options.${need}`)}
                  personLabel={person?.t(`needs.options.${need}`)}
                  person={person}
                  input={{ value: need, ...register('needs') }}
                />
              ))}
            </div>
          </fieldset>
        </div>
        <div className="question">
          <fieldset aria-describedby="side-hint">
            <legend className="question-label">
              {t('needs.sideLegend')}
              {person ? <PersonText language={person}>{person.t('needs.sideLegend')}</PersonText> : null}
            </legend>
            <p className="hint" id="side-hint">
              {t('needs.sideHint')}
            </p>
            <div className="options">
              {stateSides.map((side) => (
                <ChoiceOption
                  key={side}
                  id={`side-${side}`}
                  type="radio"
                  label={t(`needs.sides.${side}`)}
                  personLabel={person?.t(`needs.sides.${side}`)}
                  person={person}
                  input={{ value: side, ...register('side') }}
                />
              ))}
            </div>
          </fieldset>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t('common.continue')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
