// The shape of a screening's answers. Every value is checked against this schema before the store keeps
// it, so a tampered or mistyped value is refused, never stored. These schemas run in the browser, so they
// use zod's tree-shakable "mini" build: the same validation at a fraction of the weight.
import { z } from 'zod/mini';
import { askAnswers, indicators, needs, observeAnswers, safetyQuestions, stateSides, type ItemKind } from './catalog';

export const observeAnswerSchema = z.enum(observeAnswers);
export const askAnswerSchema = z.enum(askAnswers);
export type ObserveAnswer = z.infer<typeof observeAnswerSchema>;
export type AskAnswer = z.infer<typeof askAnswerSchema>;

type AnswerSchemaFor<K extends ItemKind> = K extends 'observe' ? typeof observeAnswerSchema : typeof askAnswerSchema;
type ItemShape<T extends readonly { id: string; kind: ItemKind }[]> = {
  [I in T[number] as I['id']]: z.ZodMiniOptional<AnswerSchemaFor<I['kind']>>;
};

export function answerSchemaFor(kind: ItemKind) {
  return kind === 'observe' ? observeAnswerSchema : askAnswerSchema;
}

function shapeOf<T extends readonly { id: string; kind: ItemKind }[]>(items: T): ItemShape<T> {
  return Object.fromEntries(items.map((item) => [item.id, z.optional(answerSchemaFor(item.kind))])) as ItemShape<T>;
}

const allItems = [...safetyQuestions, ...indicators] as const;

/** Unanswered means "not asked"; keys outside the catalog are refused. */
export const answersSchema = z.strictObject(shapeOf(allItems));
export type Answers = z.infer<typeof answersSchema>;

export const needsSchema = z
  .array(z.enum(needs))
  .check(z.refine((list) => new Set(list).size === list.length, { message: 'each need may appear once' }));

export const stateSideSchema = z.enum(stateSides);

/** One form per step: the items on that step; an unchecked radio group reads as null (not asked). */
export function stepAnswersSchema(items: readonly { id: string; kind: ItemKind }[]) {
  return z.strictObject(Object.fromEntries(items.map((item) => [item.id, z.nullish(answerSchemaFor(item.kind))])));
}

export function isAnswerFor(kind: ItemKind, value: unknown): value is AskAnswer | ObserveAnswer {
  return answerSchemaFor(kind).safeParse(value).success;
}
