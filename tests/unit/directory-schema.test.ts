import { describe, expect, it } from 'vitest';
import { directory } from '@/lib/directory';
import { kansasCityDirectory } from '@/lib/directory/kansas-city';
import { DirectoryError, parseDirectory, serviceTypes, type DirectoryEntryInput } from '@/lib/directory/schema';

function sample(overrides: Partial<DirectoryEntryInput> = {}): DirectoryEntryInput {
  return {
    id: 'sample-service',
    organisation: 'Sample Service',
    organisationType: 'ngo',
    services: ['counselling'],
    phones: [{ e164: '+18165550100', display: '816-555-0100', purpose: 'main' }],
    hours: '24-7',
    languages: ['en'],
    interpreters: false,
    area: ['missouri'],
    audience: 'everyone',
    verification: { status: 'confirmed', source: 'Called by the team', checked: '2026-11-27' },
    ...overrides,
  };
}

/** The DirectoryError message parseDirectory throws for these entries (fails the test if none is thrown). */
function errorFor(entries: readonly unknown[]): string {
  try {
    parseDirectory(entries);
  } catch (error) {
    expect(error).toBeInstanceOf(DirectoryError);
    return (error as Error).message;
  }
  throw new Error('parseDirectory accepted the entries');
}

describe('the Kansas City directory', () => {
  it('is the directory this deployment serves and parses again unchanged', () => {
    expect(directory).toBe(kansasCityDirectory);
    expect(directory.length).toBeGreaterThan(5);
    expect(parseDirectory(directory)).toEqual(directory);
  });

  it('uses each id once', () => {
    const ids = directory.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says where each entry comes from and when it was checked', () => {
    for (const entry of directory) {
      expect(entry.verification.source.trim().length, entry.id).toBeGreaterThanOrEqual(3);
      expect(entry.verification.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.verification.checked)), entry.id).toBe(false);
      expect(['confirmed', 'unconfirmed']).toContain(entry.verification.status);
    }
  });

  it('lists the national hotline under its real name, number and text line', () => {
    const hotline = directory.find((entry) => entry.id === 'national-human-trafficking-hotline');
    expect(hotline?.organisation).toBe('National Human Trafficking Hotline');
    expect(hotline?.phones.map((phone) => phone.e164)).toContain('+18883737888');
    expect(hotline?.textLines.map((line) => line.number)).toContain('233733');
    expect(hotline?.verification.status).toBe('confirmed');
  });

  it('never names an entry "Missouri Trafficking Hotline"', () => {
    for (const entry of directory) {
      expect(entry.organisation.toLowerCase(), entry.id).not.toContain('missouri trafficking hotline');
    }
  });

  it('has 911 and both state child hotlines', () => {
    expect(directory.find((entry) => entry.id === 'emergency-911')?.phones[0]?.e164).toBe('911');
    const childHotlines = directory.filter((entry) => entry.audience === 'under-18').map((entry) => entry.area);
    expect(childHotlines).toEqual(expect.arrayContaining([['missouri'], ['kansas']]));
  });
});

describe('parseDirectory', () => {
  it('accepts a good entry and fills in defaults', () => {
    const [entry] = parseDirectory([sample()]);
    expect(entry).toMatchObject({ id: 'sample-service', textLines: [] });
  });

  it('accepts short codes and displays with or without the leading 1', () => {
    const phones = [
      { e164: '911', display: '911', purpose: 'main' },
      { e164: '+18883737888', display: '1-888-373-7888', purpose: 'main' },
      { e164: '+18883737888', display: '(888) 373-7888', purpose: 'main' },
    ] as const;
    expect(() => parseDirectory([sample({ phones: [...phones] })])).not.toThrow();
  });

  it('names the entry and field for a number that is not E.164', () => {
    const message = errorFor([
      sample({ id: 'bad-number', phones: [{ e164: '816-555-0100', display: '816-555-0100', purpose: 'main' }] }),
    ]);
    expect(message).toContain('"bad-number"');
    expect(message).toContain('"phones.0.e164"');
  });

  it('refuses an E.164 number without the plus sign', () => {
    const message = errorFor([
      sample({ id: 'no-plus', phones: [{ e164: '18165550100', display: '816-555-0100', purpose: 'main' }] }),
    ]);
    expect(message).toMatch(/"no-plus".*"phones\.0\.e164"/);
  });

  it('names the entry and field when the display form does not match the number', () => {
    const message = errorFor([
      sample({ id: 'wrong-display', phones: [{ e164: '+18165550100', display: '816-555-0199', purpose: 'main' }] }),
    ]);
    expect(message).toContain('"wrong-display"');
    expect(message).toContain('"phones.0.display"');
    expect(message).toContain('does not match');
  });

  it('points at the right phone when a later one is wrong', () => {
    const phones = [
      { e164: '+18165550100', display: '816-555-0100', purpose: 'main' },
      { e164: '+19135550100', display: '816-555-0100', purpose: 'kansas-side' },
    ] as const;
    expect(errorFor([sample({ id: 'second-phone', phones: [...phones] })])).toMatch(/"second-phone".*"phones\.1\.display"/);
  });

  it.each(['888', '7888', '373-7888'])('refuses a display form "%s" that drops digits', (display) => {
    const message = errorFor([sample({ id: 'cut-short', phones: [{ e164: '+18883737888', display, purpose: 'main' }] })]);
    expect(message).toMatch(/"cut-short".*"phones\.0\.display"/);
  });

  it('names the entry and field when the verification status is missing', () => {
    const entry = sample({ id: 'no-status' }) as Record<string, unknown>;
    entry.verification = { source: 'Called by the team', checked: '2026-11-27' };
    const message = errorFor([entry]);
    expect(message).toContain('"no-status"');
    expect(message).toContain('"verification.status"');
  });

  it('names the entry and field for an unknown service', () => {
    const entry = { ...sample({ id: 'odd-service' }), services: ['counselling', 'fortune-telling'] };
    expect(serviceTypes as readonly string[]).not.toContain('fortune-telling');
    const message = errorFor([entry]);
    expect(message).toContain('"odd-service"');
    expect(message).toContain('"services.1"');
  });

  it('names the id used twice', () => {
    const message = errorFor([sample({ id: 'first' }), sample({ id: 'twice' }), sample({ id: 'twice', organisation: 'Other' })]);
    expect(message).toContain('"twice"');
    expect(message).toContain('"id"');
    expect(message).toContain('used twice');
  });

  it.each(['27/11/2026', '2026-13-01', '2026-02-30', 'yesterday', ''])(
    'names the entry and field for the checked date %j',
    (checked) => {
      const message = errorFor([
        sample({ id: 'bad-date', verification: { status: 'confirmed', source: 'Called by the team', checked } }),
      ]);
      expect(message).toContain('"bad-date"');
      expect(message).toContain('"verification.checked"');
    },
  );

  it('refuses fields the schema does not know', () => {
    const message = errorFor([{ ...sample({ id: 'extra' }), website: 'example.org' }]);
    expect(message).toContain('"extra"');
    expect(message).toContain('website');
  });

  it('refuses an entry with no phone, and one with no area', () => {
    expect(errorFor([sample({ id: 'no-phone', phones: [] })])).toMatch(/"no-phone".*"phones"/);
    expect(errorFor([sample({ id: 'no-area', area: [] })])).toMatch(/"no-area".*"area"/);
  });

  it('refuses a badly formed id, naming it', () => {
    expect(errorFor([sample({ id: 'Bad Id' })])).toMatch(/"Bad Id".*"id"/);
  });

  it('falls back to the position when the entry has no id', () => {
    const { id: _id, ...withoutId } = sample();
    void _id;
    expect(errorFor([sample(), withoutId])).toContain('"#1"');
    expect(errorFor([sample(), 'not an entry'])).toMatch(/"#1".*"\(entry\)"/);
  });

  it('stops at the first bad entry', () => {
    const message = errorFor([
      sample({ id: 'good' }),
      sample({ id: 'bad-one', hours: 'sometimes' as '24-7' }),
      sample({ id: 'bad-two', audience: 'nobody' as 'everyone' }),
    ]);
    expect(message).toContain('"bad-one"');
    expect(message).not.toContain('bad-two');
  });
});
