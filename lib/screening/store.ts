// The one place a screening's answers live: plain module scope, in memory only. It survives moving
// between steps and a language switch (both are soft navigations) and nothing ever persists it.
// Quick exit, Start over and the inactivity timer all call `clearScreening()`.
import { indicators, safetyQuestions, type ItemId, type Need, type StateSide } from './catalog';
import { answersSchema, isAnswerFor, needsSchema, stateSideSchema, type Answers } from './answers';
import { isLocale, type Locale } from '../i18n/locales';

export type Screening = {
  answers: Answers;
  needs: readonly Need[];
  side: StateSide | undefined;
  /** Set by a Change link on the check-your-answers page so that Continue returns there. */
  returnToReview: boolean;
  /** The person's language, when it differs from the worker's: questions show in both. */
  personLocale: Locale | undefined;
};

export class AnswerRejectedError extends Error {
  constructor(what: string, value: unknown) {
    super(`Refused ${JSON.stringify(value)} for ${what}: not an allowed answer, nothing was stored.`);
    this.name = 'AnswerRejectedError';
  }
}

const emptyScreening: Screening = Object.freeze({
  answers: Object.freeze({}),
  needs: Object.freeze([]),
  side: undefined,
  returnToReview: false,
  personLocale: undefined,
});

let current: Screening = emptyScreening;
const listeners = new Set<() => void>();

const itemKinds = new Map<string, 'observe' | 'ask'>([...safetyQuestions, ...indicators].map((item) => [item.id, item.kind]));

function replace(next: Screening) {
  current = Object.freeze(next);
  for (const listener of listeners) listener();
}

export function getScreening(): Screening {
  return current;
}

/** The snapshot used while prerendering: always empty, since the server never sees an answer. */
export function getEmptyScreening(): Screening {
  return emptyScreening;
}

export function subscribeToScreening(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records one answer; `undefined` clears it back to "not asked". Throws on anything the schema refuses. */
export function setAnswer(id: ItemId, value: unknown): void {
  const kind = itemKinds.get(id);
  if (!kind) throw new AnswerRejectedError(`unknown item "${String(id)}"`, value);
  const answers: Record<string, unknown> = { ...current.answers };
  if (value === undefined) {
    delete answers[id];
  } else {
    if (!isAnswerFor(kind, value)) throw new AnswerRejectedError(`item "${id}"`, value);
    answers[id] = value;
  }
  replace({ ...current, answers: answersSchema.parse(answers) });
}

/** Records a whole step's answers at once (a form submit). Refuses the whole set if any value is wrong. */
export function setAnswers(values: Record<string, unknown>): void {
  const merged: Record<string, unknown> = { ...current.answers };
  for (const [id, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') delete merged[id];
    else merged[id] = value;
  }
  const parsed = answersSchema.safeParse(merged);
  if (!parsed.success) throw new AnswerRejectedError('the step', values);
  replace({ ...current, answers: parsed.data });
}

export function setNeeds(values: unknown): void {
  const parsed = needsSchema.safeParse(values);
  if (!parsed.success) throw new AnswerRejectedError('needs', values);
  replace({ ...current, needs: parsed.data });
}

export function setStateSide(value: unknown): void {
  if (value === undefined) {
    replace({ ...current, side: undefined });
    return;
  }
  const parsed = stateSideSchema.safeParse(value);
  if (!parsed.success) throw new AnswerRejectedError('state side', value);
  replace({ ...current, side: parsed.data });
}

export function setPersonLocale(value: unknown): void {
  if (value !== undefined && !isLocale(value)) throw new AnswerRejectedError("the person's language", value);
  replace({ ...current, personLocale: value });
}

export function setReturnToReview(returnToReview: boolean): void {
  if (current.returnToReview !== returnToReview) replace({ ...current, returnToReview });
}

export function hasAnyAnswer(screening: Screening = current): boolean {
  return Object.keys(screening.answers).length > 0 || screening.needs.length > 0 || screening.side !== undefined;
}

/** Forgets everything. */
export function clearScreening(): void {
  replace(emptyScreening);
}
