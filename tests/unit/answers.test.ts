import { describe, expect, it } from 'vitest';
import {
  answerSchemaFor,
  answersSchema,
  isAnswerFor,
  needsSchema,
  stateSideSchema,
  stepAnswersSchema,
} from '@/lib/screening/answers';
import { askAnswers, indicatorsIn, observeAnswers, safetyQuestions } from '@/lib/screening/catalog';

describe('answer values', () => {
  it('accepts each observe answer for observe items only', () => {
    for (const value of observeAnswers) {
      expect(isAnswerFor('observe', value)).toBe(true);
      expect(isAnswerFor('ask', value)).toBe(false);
    }
  });

  it('accepts each ask answer for ask items only', () => {
    for (const value of askAnswers) {
      expect(isAnswerFor('ask', value)).toBe(true);
      expect(isAnswerFor('observe', value)).toBe(false);
    }
  });

  it.each([['maybe'], [''], ['YES'], [1], [true], [null], [undefined], [{}], [['yes']]])('refuses %j', (value) => {
    expect(isAnswerFor('ask', value)).toBe(false);
    expect(isAnswerFor('observe', value)).toBe(false);
  });

  it('picks the schema by kind', () => {
    expect(answerSchemaFor('observe').safeParse('observed').success).toBe(true);
    expect(answerSchemaFor('ask').safeParse('observed').success).toBe(false);
  });
});

describe('answersSchema', () => {
  it('accepts no answers at all', () => {
    expect(answersSchema.parse({})).toEqual({});
  });

  it('accepts answers that fit each item', () => {
    const answers = { 'danger-now': 'no', 'under-18': 'not-sure', 'visible-injuries': 'observed', 'pay-withheld': 'declined' };
    expect(answersSchema.parse(answers)).toEqual(answers);
  });

  it('refuses an answer of the wrong kind', () => {
    expect(answersSchema.safeParse({ 'visible-injuries': 'yes' }).success).toBe(false);
    expect(answersSchema.safeParse({ 'danger-now': 'observed' }).success).toBe(false);
  });

  it('refuses ids outside the catalog', () => {
    expect(answersSchema.safeParse({ 'made-up': 'yes' }).success).toBe(false);
    expect(answersSchema.safeParse(JSON.parse('{"__proto__": "yes"}')).success).toBe(false);
    expect(answersSchema.safeParse({ constructor: 'yes' }).success).toBe(false);
  });
});

describe('stepAnswersSchema', () => {
  const documents = stepAnswersSchema(indicatorsIn('identity-documents'));

  it("accepts only the step's own items", () => {
    expect(documents.safeParse({ 'no-identification': 'observed', 'false-documents': 'no' }).success).toBe(true);
    expect(documents.safeParse({ 'visible-injuries': 'observed' }).success).toBe(false);
  });

  it('checks each value against the kind of its item', () => {
    expect(documents.safeParse({ 'no-identification': 'yes' }).success).toBe(false);
    expect(stepAnswersSchema(safetyQuestions).safeParse({ 'under-18': 'not-observed' }).success).toBe(false);
  });
});

describe('needs and state side', () => {
  it('accepts known needs, each once, and no needs', () => {
    expect(needsSchema.parse(['safe-place', 'legal-help'])).toEqual(['safe-place', 'legal-help']);
    expect(needsSchema.parse([])).toEqual([]);
  });

  it('refuses unknown and repeated needs', () => {
    expect(needsSchema.safeParse(['a-pony']).success).toBe(false);
    expect(needsSchema.safeParse(['work', 'work']).success).toBe(false);
    expect(needsSchema.safeParse('work').success).toBe(false);
  });

  it('accepts the three sides only', () => {
    for (const side of ['missouri', 'kansas', 'not-sure']) expect(stateSideSchema.safeParse(side).success).toBe(true);
    expect(stateSideSchema.safeParse('nebraska').success).toBe(false);
  });
});
