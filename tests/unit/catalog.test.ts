import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  askAnswers,
  domains,
  indicatorById,
  indicators,
  indicatorsIn,
  needs,
  observeAnswers,
  safetyQuestions,
  stateSides,
  type IndicatorDomain,
} from '@/lib/screening/catalog';
import { sources } from '@/lib/screening/sources';

const messagesDir = join(process.cwd(), 'messages');
const localeFiles = readdirSync(messagesDir).filter((file) => file.endsWith('.json'));
type MessageTree = { [key: string]: string | MessageTree };
const readLocale = (file: string) => JSON.parse(readFileSync(join(messagesDir, file), 'utf8')) as MessageTree;

function lookup(tree: MessageTree, path: readonly string[]): unknown {
  let node: unknown = tree;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function allStrings(tree: MessageTree, prefix: string[] = []): { path: string; text: string }[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ path: [...prefix, key].join('.'), text: value }] : allStrings(value, [...prefix, key]),
  );
}

const allItems = [...safetyQuestions, ...indicators];
const indicatorDomains = domains.filter((domain): domain is IndicatorDomain => domain !== 'safety');

describe('catalog', () => {
  it('uses each id once across safety questions and indicators', () => {
    const ids = allItems.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 25 indicators', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(25);
  });

  it('cites a known source for every item', () => {
    for (const item of allItems) {
      expect(Object.keys(sources), `source of ${item.id}`).toContain(item.source);
    }
  });

  it('gives every source a title and a reference', () => {
    for (const [id, source] of Object.entries(sources)) {
      expect(source.title.length, id).toBeGreaterThan(5);
      expect(source.reference.length, id).toBeGreaterThan(3);
    }
  });

  it('has at least 3 indicators in every domain other than safety', () => {
    for (const domain of indicatorDomains) {
      expect(indicatorsIn(domain).length, domain).toBeGreaterThanOrEqual(3);
    }
  });

  it('puts every indicator in a domain of the checklist, never in safety', () => {
    for (const indicator of indicators) {
      expect(indicatorDomains as readonly string[], indicator.id).toContain(indicator.domain);
    }
    for (const question of safetyQuestions) expect(question.domain).toBe('safety');
  });

  it('has both observe and ask items, and both weights', () => {
    expect(indicators.some((indicator) => indicator.kind === 'observe')).toBe(true);
    expect(indicators.some((indicator) => indicator.kind === 'ask')).toBe(true);
    expect(indicators.some((indicator) => indicator.weight === 'strong')).toBe(true);
    expect(indicators.some((indicator) => indicator.weight === 'supporting')).toBe(true);
  });

  it("covers the seed's four named indicator themes as domains", () => {
    for (const theme of ['physical-abuse', 'control', 'identity-documents', 'debt-bondage']) {
      expect(domains as readonly string[]).toContain(theme);
    }
    expect(domains[0]).toBe('safety');
  });

  it('asks the three safety questions that choose the pathway', () => {
    expect(safetyQuestions.map((question) => question.id)).toEqual(['danger-now', 'under-18', 'can-talk-privately']);
    for (const question of safetyQuestions) expect(question.kind).toBe('ask');
  });

  it('finds indicators by id and by domain', () => {
    expect(indicatorById('commercial-sex')).toMatchObject({ domain: 'work-and-living', kind: 'observe' });
    expect(indicatorById('danger-now')).toBeUndefined();
    expect(indicatorById('no-such-item')).toBeUndefined();
    const identity = indicatorsIn('identity-documents').map((indicator) => indicator.id);
    expect(identity).toEqual(['no-identification', 'documents-held-by-someone', 'false-documents']);
    const total = indicatorDomains.reduce((sum, domain) => sum + indicatorsIn(domain).length, 0);
    expect(total).toBe(indicators.length);
  });

  it('keeps the answer, need and side lists free of duplicates', () => {
    for (const list of [observeAnswers, askAnswers, needs, stateSides] as readonly (readonly string[])[]) {
      expect(new Set(list).size).toBe(list.length);
    }
    expect(askAnswers).toContain('declined');
    expect(askAnswers).toContain('not-sure');
  });
});

describe('catalog wording in every locale', () => {
  it('finds at least the English messages', () => {
    expect(localeFiles).toContain('en.json');
  });

  describe.each(localeFiles)('%s', (file) => {
    const messages = readLocale(file);

    it('labels and hints every item', () => {
      for (const item of allItems) {
        expect(lookup(messages, ['items', item.id, 'label']), `items.${item.id}.label`).toEqual(expect.any(String));
        expect(lookup(messages, ['items', item.id, 'hint']), `items.${item.id}.hint`).toEqual(expect.any(String));
      }
    });

    it('suggests a way to ask every ask item, safety questions included', () => {
      for (const item of allItems.filter((entry) => entry.kind === 'ask')) {
        expect(lookup(messages, ['items', item.id, 'ask']), `items.${item.id}.ask`).toEqual(expect.any(String));
      }
    });

    it('titles every domain', () => {
      for (const domain of domains) {
        expect(lookup(messages, ['domains', domain, 'title']), `domains.${domain}.title`).toEqual(expect.any(String));
      }
    });

    it('names every answer, need and state side', () => {
      for (const answer of [...observeAnswers, ...askAnswers]) {
        expect(lookup(messages, ['answers', answer]), `answers.${answer}`).toEqual(expect.any(String));
      }
      for (const need of needs) {
        expect(lookup(messages, ['needs', 'options', need]), `needs.options.${need}`).toEqual(expect.any(String));
      }
      for (const side of stateSides) {
        expect(lookup(messages, ['needs', 'sides', side]), `needs.sides.${side}`).toEqual(expect.any(String));
      }
    });
  });
});

describe('English wording never states a determination', () => {
  const english = allStrings(readLocale('en.json'));
  // The start page's disclaimer ("It does not decide whether anyone is a victim of trafficking") is the one
  // message allowed to contain the phrase, because it says the opposite of a determination.
  it.each(['is a victim', 'is not a victim'])('no message says "%s"', (phrase) => {
    const offending = english.filter(({ text }) => text.toLowerCase().includes(phrase)).map(({ path }) => path);
    expect(offending).toEqual([]);
  });
});
