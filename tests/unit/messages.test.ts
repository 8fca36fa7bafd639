import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { directionOf, isReviewed, locales, type Locale } from '@/lib/i18n/locales';

const messagesDir = join(process.cwd(), 'messages');
const localeFiles = readdirSync(messagesDir).filter((file) => file.endsWith('.json'));
const otherLocales = localeFiles.filter((file) => file !== 'en.json');

const read = (file: string): unknown => JSON.parse(readFileSync(join(messagesDir, file), 'utf8'));

/** Every leaf as "a.b.c" → value; anything that is neither an object nor a string is reported as it is. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) found.set(path, leaf);
    }
  } else {
    found.set(prefix, node);
  }
  return found;
}

/**
 * The ICU argument names a message uses ({name}, {count, plural, one {…} other {…}}), leaving out the text of
 * plural and select branches, which differs between languages.
 */
function argumentsOf(text: string): Set<string> {
  const names = new Set<string>();
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(text[i] ?? '')) i += 1;
  };
  const readWord = () => {
    const start = i;
    while (i < text.length && !/[\s,{}]/.test(text[i]!)) i += 1;
    return text.slice(start, i);
  };
  // Reads plain text and arguments up to the `}` that closes a branch (or the end of the text).
  const message = (): void => {
    while (i < text.length && text[i] !== '}') {
      if (text[i] === '{') {
        i += 1;
        argument();
      } else i += 1;
    }
  };
  const argument = (): void => {
    skipSpace();
    names.add(readWord());
    skipSpace();
    if (text[i] === ',') {
      i += 1;
      skipSpace();
      const type = readWord();
      skipSpace();
      if (['plural', 'select', 'selectordinal'].includes(type) && text[i] === ',') {
        i += 1;
        skipSpace();
        while (i < text.length && text[i] !== '}') {
          const selector = readWord();
          skipSpace();
          if (selector.startsWith('offset:')) continue;
          if (text[i] !== '{') throw new Error(`Malformed ICU message: ${text}`);
          i += 1;
          message();
          i += 1;
          skipSpace();
        }
      } else {
        while (i < text.length && text[i] !== '}') i += 1;
      }
    }
    if (text[i] !== '}') throw new Error(`Malformed ICU message: ${text}`);
    i += 1;
  };
  message();
  if (i < text.length) throw new Error(`Unbalanced "}" in ICU message: ${text}`);
  return names;
}

const english = leaves(read('en.json'));

describe('argumentsOf', () => {
  it('finds simple and plural arguments but not branch text', () => {
    expect([...argumentsOf('Step {current} of {total}')]).toEqual(['current', 'total']);
    expect([
      ...argumentsOf(
        '{n, plural, offset:1 =0 {no {thing}} one {# sign} other {# signs for {who}}} and {m, select, a {x} other {y}}',
      ),
    ]).toEqual(['n', 'thing', 'who', 'm']);
    expect([...argumentsOf('No placeholder')]).toEqual([]);
    expect(english.get('outcome.flagsCount')).toEqual(expect.any(String));
    expect([...argumentsOf(english.get('outcome.flagsCount') as string)]).toEqual(['strong', 'supporting']);
  });

  it('refuses unbalanced braces', () => {
    expect(() => argumentsOf('Call {number')).toThrow(/Malformed/);
    expect(() => argumentsOf('Call number}')).toThrow(/Unbalanced/);
  });
});

describe('message files', () => {
  it('include English', () => {
    expect(localeFiles).toContain('en.json');
    expect(english.size).toBeGreaterThan(50);
  });

  describe.each(localeFiles)('%s', (file) => {
    const messages = leaves(read(file));

    it('holds only non-empty strings', () => {
      const bad = [...messages].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([path]) => path);
      expect(bad).toEqual([]);
    });

    it('uses the same placeholders as English', () => {
      const placeholders = (text: unknown) => (typeof text === 'string' ? [...argumentsOf(text)].sort() : []);
      const mismatched = [...english.keys()].filter(
        (path) => messages.has(path) && placeholders(messages.get(path)).join() !== placeholders(english.get(path)).join(),
      );
      expect(mismatched).toEqual([]);
    });
  });

  describe.skipIf(otherLocales.length === 0).each(otherLocales)('%s against en.json', (file) => {
    const messages = leaves(read(file));

    it('has every key English has', () => {
      expect([...english.keys()].filter((path) => !messages.has(path))).toEqual([]);
    });

    it('has no key English lacks', () => {
      expect([...messages.keys()].filter((path) => !english.has(path))).toEqual([]);
    });
  });
});

// Strings that may rightly read the same in another language: names, numbers and short codes.
const sameAsEnglishAllowed = new Set([
  'contact.purposes.tty',
  'needs.sides.missouri',
  'needs.sides.kansas',
  'contact.areas.missouri',
  'contact.areas.kansas',
]);
// Spanish uses the same word for "No".
const sameAsEnglishAllowedPerLocale: Record<string, ReadonlySet<string>> = { 'es.json': new Set(['answers.no']) };

const richTagsOf = (text: string) => [...text.matchAll(/<\/?([a-z]+)>/g)].map((match) => match[0]).sort();

describe.each(localeFiles)('%s as ICU', (file) => {
  const locale = file.replace(/\.json$/, '');
  const messages = leaves(read(file));

  it('parses and formats every message with the same arguments as English', () => {
    const sample: Record<string, unknown> = {};
    for (const name of ['current', 'total', 'strong', 'supporting', 'count', 'seconds']) sample[name] = 2;
    const failures: string[] = [];
    for (const [path, text] of messages) {
      try {
        const format = new IntlMessageFormat(text as string, locale, undefined, { ignoreTag: false });
        const values: Record<string, unknown> = { bdi: (chunks: unknown) => chunks };
        for (const name of argumentsOf(english.get(path) as string)) values[name] = sample[name] ?? 'x';
        format.format(values);
      } catch (error) {
        failures.push(`${path}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps the rich-text tags English uses', () => {
    const differing = [...english].filter(
      ([path, text]) => richTagsOf(text as string).join() !== richTagsOf((messages.get(path) as string) ?? '').join(),
    );
    expect(differing.map(([path]) => path)).toEqual([]);
  });
});

describe.each(otherLocales)('%s is translated', (file) => {
  const messages = leaves(read(file));
  it('copies no English message except names, numbers and codes', () => {
    const allowedHere = sameAsEnglishAllowedPerLocale[file] ?? new Set<string>();
    const copied = [...english].filter(
      ([path, text]) => messages.get(path) === text && !sameAsEnglishAllowed.has(path) && !allowedHere.has(path),
    );
    expect(copied.map(([path]) => path)).toEqual([]);
  });
});

describe('the locale list', () => {
  it('names exactly the locales that have a messages file, each with its direction declared', () => {
    expect([...locales].sort()).toEqual(localeFiles.map((file) => file.replace(/\.json$/, '')).sort());
    for (const locale of locales) expect(['ltr', 'rtl']).toContain(directionOf(locale));
    expect(directionOf('ar' as Locale)).toBe('rtl');
  });

  it('has English reviewed, as the source every other file is translated from', () => {
    expect(isReviewed('en')).toBe(true);
  });
});
