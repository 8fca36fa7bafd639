import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ItemId } from '@/lib/screening/catalog';
import {
  setPersonLocale,
  AnswerRejectedError,
  clearScreening,
  getEmptyScreening,
  getScreening,
  hasAnyAnswer,
  setAnswer,
  setAnswers,
  setNeeds,
  setReturnToReview,
  setStateSide,
  subscribeToScreening,
} from '@/lib/screening/store';

beforeEach(() => {
  clearScreening();
});

/** Expects `action` to throw AnswerRejectedError and leave the screening exactly as it was. */
function expectRejected(action: () => void) {
  const before = getScreening();
  const snapshot = structuredClone(before);
  expect(action).toThrow(AnswerRejectedError);
  expect(getScreening()).toBe(before);
  expect(getScreening()).toEqual(snapshot);
}

describe('setAnswer', () => {
  it('starts empty', () => {
    expect(getScreening()).toEqual({ answers: {}, needs: [], side: undefined, returnToReview: false, personLocale: undefined });
    expect(hasAnyAnswer()).toBe(false);
  });

  it.each(['observed', 'not-observed'])('keeps "%s" for an observe item', (value) => {
    setAnswer('visible-injuries', value);
    expect(getScreening().answers['visible-injuries']).toBe(value);
  });

  it.each(['yes', 'no', 'not-sure', 'declined'])('keeps "%s" for an ask item', (value) => {
    setAnswer('hurt-by-someone', value);
    setAnswer('danger-now', value);
    expect(getScreening().answers['hurt-by-someone']).toBe(value);
    expect(getScreening().answers['danger-now']).toBe(value);
  });

  it('keeps earlier answers when adding another', () => {
    setAnswer('under-18', 'no');
    setAnswer('quota', 'yes');
    expect(getScreening().answers).toEqual({ 'under-18': 'no', quota: 'yes' });
  });

  it('refuses an observe answer for an ask item, leaving the state unchanged', () => {
    setAnswer('threatened', 'no');
    expectRejected(() => setAnswer('threatened', 'observed'));
    expect(getScreening().answers.threatened).toBe('no');
  });

  it('refuses an ask answer for an observe item', () => {
    setAnswer('scripted-story', 'observed');
    expectRejected(() => setAnswer('scripted-story', 'yes'));
    expect(getScreening().answers['scripted-story']).toBe('observed');
  });

  it.each([['maybe'], ['Yes'], [''], [1], [0], [true], [null], [{}], [['yes']]])('refuses %j', (value) => {
    setAnswer('pay-withheld', 'yes');
    expectRejected(() => setAnswer('pay-withheld', value));
    expectRejected(() => setAnswer('commercial-sex', value));
  });

  it('refuses unknown ids', () => {
    setAnswer('quota', 'no');
    expectRejected(() => setAnswer('not-an-item' as ItemId, 'yes'));
    expectRejected(() => setAnswer('toString' as ItemId, 'yes'));
    expectRejected(() => setAnswer('needs' as ItemId, undefined));
  });

  it('names what was refused', () => {
    expect(() => setAnswer('quota', 'observed')).toThrow(/"observed".*item "quota"/);
    expect(() => setAnswer('quota', 'observed')).toThrow(expect.objectContaining({ name: 'AnswerRejectedError' }));
  });

  it('clears an answer back to "not asked" with undefined', () => {
    setAnswer('quota', 'yes');
    setAnswer('no-breaks', 'no');
    setAnswer('quota', undefined);
    expect(getScreening().answers).toEqual({ 'no-breaks': 'no' });
    expect('quota' in getScreening().answers).toBe(false);
  });

  it('freezes the snapshot so it cannot be changed from outside', () => {
    setAnswer('quota', 'yes');
    const screening = getScreening();
    expect(Object.isFrozen(screening)).toBe(true);
    expect(() => {
      (screening as { side: unknown }).side = 'kansas';
    }).toThrow(TypeError);
  });
});

describe('setAnswers', () => {
  it('records a whole step and merges it with earlier answers', () => {
    setAnswer('danger-now', 'no');
    setAnswers({ 'no-identification': 'observed', 'documents-held-by-someone': 'yes', 'false-documents': 'not-sure' });
    expect(getScreening().answers).toEqual({
      'danger-now': 'no',
      'no-identification': 'observed',
      'documents-held-by-someone': 'yes',
      'false-documents': 'not-sure',
    });
  });

  it('clears items given as undefined, null or an empty string', () => {
    setAnswers({ quota: 'yes', 'no-breaks': 'no', 'dangerous-work': 'declined', 'excessive-hours': 'yes' });
    setAnswers({ quota: undefined, 'no-breaks': null, 'dangerous-work': '' });
    expect(getScreening().answers).toEqual({ 'excessive-hours': 'yes' });
  });

  it('refuses the whole set when one value is wrong', () => {
    setAnswer('quota', 'no');
    expectRejected(() => setAnswers({ 'no-identification': 'observed', 'false-documents': 'observed' }));
    expect(getScreening().answers).toEqual({ quota: 'no' });
  });

  it('refuses the whole set when one id is unknown', () => {
    expectRejected(() => setAnswers({ quota: 'yes', 'made-up': 'yes' }));
    expect(getScreening().answers).toEqual({});
  });

  it('refuses numbers', () => {
    expectRejected(() => setAnswers({ quota: 1 }));
  });
});

describe('setNeeds', () => {
  it('keeps known needs in the order given', () => {
    setNeeds(['legal-help', 'safe-place']);
    expect(getScreening().needs).toEqual(['legal-help', 'safe-place']);
    setNeeds([]);
    expect(getScreening().needs).toEqual([]);
  });

  it('refuses unknown needs and duplicates, keeping the previous needs', () => {
    setNeeds(['work']);
    expectRejected(() => setNeeds(['work', 'a-pony']));
    expectRejected(() => setNeeds(['work', 'work']));
    expectRejected(() => setNeeds('work'));
    expect(getScreening().needs).toEqual(['work']);
  });
});

describe('setStateSide', () => {
  it('keeps a known side and clears it with undefined', () => {
    setStateSide('kansas');
    expect(getScreening().side).toBe('kansas');
    setStateSide('not-sure');
    expect(getScreening().side).toBe('not-sure');
    setStateSide(undefined);
    expect(getScreening().side).toBeUndefined();
  });

  it('refuses anything else', () => {
    setStateSide('missouri');
    expectRejected(() => setStateSide('Kansas'));
    expectRejected(() => setStateSide(null));
    expect(getScreening().side).toBe('missouri');
  });
});

describe('setPersonLocale', () => {
  it('keeps a known locale and clears with undefined', () => {
    setPersonLocale('es');
    expect(getScreening().personLocale).toBe('es');
    setPersonLocale(undefined);
    expect(getScreening().personLocale).toBeUndefined();
  });

  it.each(['fr', 'EN', '', 3, null])('refuses %j and keeps the previous language', (value) => {
    setPersonLocale('es');
    expect(() => setPersonLocale(value)).toThrow(AnswerRejectedError);
    expect(getScreening().personLocale).toBe('es');
  });

  it('is not an answer: choosing a language alone leaves nothing to guard', () => {
    setPersonLocale('es');
    expect(hasAnyAnswer()).toBe(false);
  });
});

describe('setReturnToReview', () => {
  it('sets and resets the flag, notifying only on change', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToScreening(listener);
    setReturnToReview(true);
    setReturnToReview(true);
    expect(getScreening().returnToReview).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    setReturnToReview(false);
    expect(getScreening().returnToReview).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });
});

describe('subscribeToScreening', () => {
  it('notifies on every change and stops after unsubscribing', () => {
    const listener = vi.fn(() => undefined);
    const unsubscribe = subscribeToScreening(listener);
    setAnswer('quota', 'yes');
    expect(listener).toHaveBeenCalledTimes(1);
    setNeeds(['work']);
    setStateSide('kansas');
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    setAnswer('quota', 'no');
    clearScreening();
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('gives each change a new snapshot', () => {
    const snapshots: unknown[] = [];
    const unsubscribe = subscribeToScreening(() => snapshots.push(getScreening()));
    const first = getScreening();
    setAnswer('quota', 'yes');
    expect(snapshots).toEqual([getScreening()]);
    expect(snapshots[0]).not.toBe(first);
    unsubscribe();
  });

  it('does not notify on a refused answer', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToScreening(listener);
    expect(() => setAnswer('quota', 'observed')).toThrow(AnswerRejectedError);
    expect(() => setAnswers({ quota: 'observed' })).toThrow(AnswerRejectedError);
    expect(() => setNeeds(['nope'])).toThrow(AnswerRejectedError);
    expect(() => setStateSide('nope')).toThrow(AnswerRejectedError);
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });
});

describe('clearScreening and hasAnyAnswer', () => {
  it('counts an answer, a need or a side as something to clear', () => {
    setAnswer('quota', 'no');
    expect(hasAnyAnswer()).toBe(true);
    clearScreening();
    setNeeds(['work']);
    expect(hasAnyAnswer()).toBe(true);
    clearScreening();
    setStateSide('missouri');
    expect(hasAnyAnswer()).toBe(true);
    clearScreening();
    setReturnToReview(true);
    expect(hasAnyAnswer()).toBe(false);
  });

  it('checks a given screening rather than the current one', () => {
    setAnswer('quota', 'no');
    expect(hasAnyAnswer(getEmptyScreening())).toBe(false);
    expect(hasAnyAnswer({ answers: {}, needs: [], side: 'kansas', returnToReview: false, personLocale: undefined })).toBe(true);
  });

  it('empties everything and notifies', () => {
    setAnswers({ 'danger-now': 'yes', 'visible-injuries': 'observed' });
    setNeeds(['safe-place']);
    setStateSide('kansas');
    setReturnToReview(true);
    setPersonLocale('es');
    const listener = vi.fn();
    const unsubscribe = subscribeToScreening(listener);
    clearScreening();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getScreening()).toEqual({ answers: {}, needs: [], side: undefined, returnToReview: false, personLocale: undefined });
    expect(getScreening()).toBe(getEmptyScreening());
    expect(hasAnyAnswer()).toBe(false);
    unsubscribe();
  });
});
