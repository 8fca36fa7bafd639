import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/screening/answers';
import {
  assess,
  concernLevel,
  isDangerNow,
  isFlagged,
  isPossibleMinor,
  privacyOf,
  referralNeedsFor,
  urgencyOf,
  type DomainFlags,
  type Urgency,
} from '@/lib/screening/assess';
import { domains, indicatorById, type Indicator } from '@/lib/screening/catalog';

const indicator = (id: string): Indicator => {
  const found = indicatorById(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

const observeItem = indicator('visible-injuries');
const askItem = indicator('hurt-by-someone');

describe('concernLevel', () => {
  // Builds flags grouped by domain from catalog ids, as assess does.
  const grouped = (...ids: string[]): DomainFlags[] => {
    const groups: DomainFlags[] = [];
    for (const id of ids) {
      const found = indicator(id);
      const group = groups.find((entry) => entry.domain === found.domain);
      if (group) (group.indicators as Indicator[]).push(found);
      else groups.push({ domain: found.domain, indicators: [found] });
    }
    return groups;
  };

  it.each<[string, string[], Urgency]>([
    ['no flags', [], 'nothing-noted'],
    ['2 strong in one domain', ['visible-injuries', 'hurt-by-someone'], 'high-concern'],
    ['2 strong in two domains', ['visible-injuries', 'unpayable-debt'], 'high-concern'],
    ['1 strong + 1 supporting in one domain', ['visible-injuries', 'ownership-tattoo'], 'high-concern'],
    ['1 strong + 1 supporting in two domains', ['unpayable-debt', 'scripted-story'], 'high-concern'],
    ['1 strong alone', ['documents-held-by-someone'], 'concern'],
    ['1 supporting alone', ['scripted-story'], 'concern'],
    ['3 supporting in one domain', ['someone-speaks-for-them', 'accompanied-or-watched', 'scripted-story'], 'high-concern'],
    [
      '3 supporting over two domains (2 + 1)',
      ['someone-speaks-for-them', 'accompanied-or-watched', 'ownership-tattoo'],
      'concern',
    ],
    ['2 supporting in one domain', ['someone-speaks-for-them', 'scripted-story'], 'concern'],
    ['3 supporting over three domains', ['scripted-story', 'ownership-tattoo', 'no-identification'], 'high-concern'],
    ['2 supporting over two domains', ['scripted-story', 'ownership-tattoo'], 'concern'],
  ])('%s → %s', (_name, ids, expected) => {
    expect(concernLevel(grouped(...ids))).toBe(expected);
  });
});

describe('urgencyOf', () => {
  const flagged = [indicator('commercial-sex')];

  it('puts danger now above everything, the child pathway included', () => {
    expect(urgencyOf(true, true, flagged, 'high-concern')).toBe('danger-now');
    expect(urgencyOf(true, false, [], 'nothing-noted')).toBe('danger-now');
  });

  it('takes the child pathway for a possible minor with any flag', () => {
    expect(urgencyOf(false, true, flagged, 'concern')).toBe('child');
    expect(urgencyOf(false, true, flagged, 'high-concern')).toBe('child');
  });

  it('keeps the level for a possible minor without flags, and for an adult', () => {
    expect(urgencyOf(false, true, [], 'nothing-noted')).toBe('nothing-noted');
    expect(urgencyOf(false, false, flagged, 'concern')).toBe('concern');
    expect(urgencyOf(false, false, flagged, 'high-concern')).toBe('high-concern');
  });
});

describe('isFlagged', () => {
  it('flags an observe item only when observed', () => {
    expect(isFlagged(observeItem, { 'visible-injuries': 'observed' })).toBe(true);
    expect(isFlagged(observeItem, { 'visible-injuries': 'not-observed' })).toBe(false);
    expect(isFlagged(observeItem, {})).toBe(false);
  });

  it('flags an ask item only on yes', () => {
    expect(isFlagged(askItem, { 'hurt-by-someone': 'yes' })).toBe(true);
    for (const answer of ['no', 'not-sure', 'declined'] as const) {
      expect(isFlagged(askItem, { 'hurt-by-someone': answer }), answer).toBe(false);
    }
    expect(isFlagged(askItem, {})).toBe(false);
  });

  it('reads only the answer to that item', () => {
    expect(isFlagged(askItem, { 'not-free-to-leave': 'yes' })).toBe(false);
  });
});

describe('safety answers', () => {
  it.each([
    ['yes', true],
    ['not-sure', true],
    ['no', false],
    ['declined', true],
    [undefined, false],
  ] as const)('under-18 "%s" → possible minor %s', (answer, expected) => {
    const answers: Answers = answer === undefined ? {} : { 'under-18': answer };
    expect(isPossibleMinor(answers)).toBe(expected);
  });

  it('finds danger only on yes', () => {
    expect(isDangerNow({ 'danger-now': 'yes' })).toBe(true);
    for (const answer of ['no', 'not-sure', 'declined'] as const) expect(isDangerNow({ 'danger-now': answer })).toBe(false);
    expect(isDangerNow({})).toBe(false);
  });

  it.each([
    ['yes', 'yes'],
    ['no', 'no'],
    ['not-sure', 'unknown'],
    ['declined', 'unknown'],
    [undefined, 'unknown'],
  ] as const)('can talk privately "%s" → %s', (answer, expected) => {
    const answers: Answers = answer === undefined ? {} : { 'can-talk-privately': answer };
    expect(privacyOf(answers)).toBe(expected);
  });
});

describe('referralNeedsFor', () => {
  it('always asks for trafficking support, even with nothing flagged', () => {
    expect(referralNeedsFor(false, false, [], [])).toEqual(['trafficking-support']);
  });

  it('puts emergency first when there is danger, and a safe place with it', () => {
    expect(referralNeedsFor(true, false, [], [])).toEqual(['emergency', 'trafficking-support', 'safe-place']);
  });

  it('adds child protection for a possible minor, after emergency', () => {
    expect(referralNeedsFor(false, true, [], [])).toEqual(['child-protection', 'trafficking-support']);
    expect(referralNeedsFor(true, true, [], []).slice(0, 3)).toEqual(['emergency', 'child-protection', 'trafficking-support']);
  });

  it('keeps stated needs in the order given, before derived ones', () => {
    expect(referralNeedsFor(false, false, [indicator('visible-injuries')], ['work', 'counselling'])).toEqual([
      'trafficking-support',
      'work',
      'counselling',
      'health-care',
    ]);
  });

  it('derives a safe place from not being free to leave', () => {
    expect(referralNeedsFor(false, false, [indicator('not-free-to-leave')], [])).toEqual(['trafficking-support', 'safe-place']);
    expect(referralNeedsFor(false, false, [indicator('cut-off-from-family')], [])).toEqual(['trafficking-support']);
  });

  it('derives health care from any physical-abuse flag', () => {
    expect(referralNeedsFor(false, false, [indicator('ownership-tattoo')], [])).toEqual(['trafficking-support', 'health-care']);
  });

  it('derives legal help from documents or debt', () => {
    expect(referralNeedsFor(false, false, [indicator('false-documents')], [])).toEqual(['trafficking-support', 'legal-help']);
    expect(referralNeedsFor(false, false, [indicator('pay-withheld')], [])).toEqual(['trafficking-support', 'legal-help']);
    expect(referralNeedsFor(false, false, [indicator('quota')], [])).toEqual(['trafficking-support']);
  });

  it('lists each need once, keeping the first position', () => {
    const needs = referralNeedsFor(
      true,
      false,
      [indicator('not-free-to-leave'), indicator('visible-injuries'), indicator('unpayable-debt'), indicator('false-documents')],
      ['legal-help', 'safe-place', 'health-care'],
    );
    expect(needs).toEqual(['emergency', 'trafficking-support', 'legal-help', 'safe-place', 'health-care']);
  });
});

describe('assess', () => {
  it('notes nothing for empty answers', () => {
    expect(assess({})).toEqual({
      urgency: 'nothing-noted',
      dangerNow: false,
      possibleMinor: false,
      privateConversation: 'unknown',
      flagsByDomain: [],
      strongFlags: 0,
      supportingFlags: 0,
      referralNeeds: ['trafficking-support'],
    });
  });

  it('notes nothing when every answer is negative or unsure', () => {
    const outcome = assess({
      'danger-now': 'no',
      'under-18': 'no',
      'can-talk-privately': 'yes',
      'visible-injuries': 'not-observed',
      'hurt-by-someone': 'not-sure',
      'not-free-to-leave': 'declined',
      'unpayable-debt': 'no',
    });
    expect(outcome.urgency).toBe('nothing-noted');
    expect(outcome.flagsByDomain).toEqual([]);
    expect(outcome.privateConversation).toBe('yes');
  });

  it('groups flags by domain in catalog order and counts them by weight', () => {
    // Answered in reverse catalog order, to show the grouping does not follow the answers' order.
    const outcome = assess({
      'commercial-sex': 'observed',
      'deceived-about-work': 'yes',
      'debt-keeps-growing': 'yes',
      'no-identification': 'observed',
      'fearful-or-submissive': 'observed',
      'visible-injuries': 'observed',
      'can-talk-privately': 'no',
    });
    expect(outcome.flagsByDomain.map((group) => group.domain)).toEqual([
      'physical-abuse',
      'identity-documents',
      'debt-bondage',
      'work-and-living',
    ]);
    expect(outcome.flagsByDomain.map((group) => group.indicators.map((item) => item.id))).toEqual([
      ['visible-injuries', 'fearful-or-submissive'],
      ['no-identification'],
      ['debt-keeps-growing'],
      ['deceived-about-work', 'commercial-sex'],
    ]);
    const order = outcome.flagsByDomain.map((group) => domains.indexOf(group.domain));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(outcome.strongFlags).toBe(3);
    expect(outcome.supportingFlags).toBe(3);
    expect(outcome.urgency).toBe('high-concern');
    expect(outcome.privateConversation).toBe('no');
    expect(outcome.referralNeeds).toEqual(['trafficking-support', 'health-care', 'legal-help']);
  });

  it('does not count answers that do not flag', () => {
    const outcome = assess({ 'visible-injuries': 'not-observed', 'hurt-by-someone': 'yes', threatened: 'not-sure' });
    expect(outcome.strongFlags).toBe(1);
    expect(outcome.supportingFlags).toBe(0);
    expect(outcome.urgency).toBe('concern');
  });

  it('takes the child pathway for commercial sex alone with a possible minor', () => {
    for (const age of ['yes', 'not-sure'] as const) {
      const outcome = assess({ 'under-18': age, 'commercial-sex': 'observed' });
      expect(outcome.urgency, age).toBe('child');
      expect(outcome.possibleMinor).toBe(true);
      expect(outcome.referralNeeds).toEqual(['child-protection', 'trafficking-support']);
    }
  });

  it('rates commercial sex alone as concern for an adult', () => {
    const outcome = assess({ 'under-18': 'no', 'commercial-sex': 'observed' });
    expect(outcome.urgency).toBe('concern');
    expect(outcome.possibleMinor).toBe(false);
    expect(outcome.supportingFlags).toBe(1);
    expect(outcome.strongFlags).toBe(0);
  });

  it('keeps a possible minor with no flags on the level, with child protection still referred', () => {
    const outcome = assess({ 'under-18': 'not-sure' });
    expect(outcome.urgency).toBe('nothing-noted');
    expect(outcome.referralNeeds).toContain('child-protection');
  });

  it('puts danger now first, even for a flagged possible minor', () => {
    const outcome = assess({ 'danger-now': 'yes', 'under-18': 'yes', 'commercial-sex': 'observed' }, ['counselling']);
    expect(outcome.urgency).toBe('danger-now');
    expect(outcome.dangerNow).toBe(true);
    expect(outcome.referralNeeds).toEqual(['emergency', 'child-protection', 'trafficking-support', 'counselling', 'safe-place']);
  });

  it('reaches high concern through 3 supporting flags, and stays at concern with 2', () => {
    expect(assess({ 'no-breaks': 'yes', quota: 'yes' }).urgency).toBe('concern');
    expect(assess({ 'no-breaks': 'yes', quota: 'yes', 'dangerous-work': 'yes' }).urgency).toBe('high-concern');
  });

  it('reaches high concern through 1 strong and 1 supporting flag in different domains', () => {
    const outcome = assess({ 'unpayable-debt': 'yes', 'accompanied-or-watched': 'observed' });
    expect(outcome.flagsByDomain).toHaveLength(2);
    expect(outcome.urgency).toBe('high-concern');
  });

  it('passes stated needs through', () => {
    expect(assess({}, ['leaving-sex-trade']).referralNeeds).toEqual(['trafficking-support', 'leaving-sex-trade']);
  });
});
