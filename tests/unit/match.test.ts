import { describe, expect, it } from 'vitest';
import { directory } from '@/lib/directory';
import {
  childHotlines,
  directoryForNeed,
  emergencyId,
  matchContacts,
  nationalHotlineId,
  printableContacts,
  servicesFor,
  servicesForNeed,
  suitsAudience,
  type MatchRequest,
} from '@/lib/directory/match';
import { parseDirectory, type DirectoryEntry, type DirectoryEntryInput } from '@/lib/directory/schema';
import { assess } from '@/lib/screening/assess';

const missouriChild = 'missouri-child-abuse-hotline';
const kansasChild = 'kansas-protection-report-center';

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);
const contactIds = (request: MatchRequest) => matchContacts(directory, request).contacts.map((contact) => contact.entry.id);
const byId = (id: string): DirectoryEntry => {
  const entry = directory.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

let phoneCounter = 0;
/** A small valid entry for synthetic directories; every one gets its own number. */
function entry(id: string, overrides: Partial<DirectoryEntryInput> = {}): DirectoryEntryInput {
  phoneCounter += 1;
  const local = String(phoneCounter).padStart(4, '0');
  return {
    id,
    organisation: `Organisation ${id}`,
    organisationType: 'ngo',
    services: ['emergency-shelter'],
    phones: [{ e164: `+1816555${local}`, display: `816-555-${local}`, purpose: 'main' }],
    hours: '24-7',
    languages: ['en'],
    interpreters: false,
    area: ['missouri'],
    audience: 'everyone',
    verification: { status: 'confirmed', source: 'Test fixture', checked: '2026-11-27' },
    ...overrides,
  };
}
const unconfirmed = { status: 'unconfirmed', source: 'Test fixture', checked: '2026-11-27' } as const;

describe('the real directory has what matching relies on', () => {
  it('has 911, the national hotline and both child hotlines', () => {
    expect(byId(emergencyId).organisationType).toBe('emergency-services');
    expect(byId(nationalHotlineId).organisationType).toBe('hotline');
    expect(byId(missouriChild).area).toEqual(['missouri']);
    expect(byId(kansasChild).area).toEqual(['kansas']);
  });
});

describe('matchContacts with the real directory', () => {
  it('puts 911 first when there is danger now', () => {
    const outcome = assess({ 'danger-now': 'yes' });
    const contacts = matchContacts(directory, { referralNeeds: outcome.referralNeeds, possibleMinor: false }).contacts;
    expect(contacts[0]?.entry.id).toBe(emergencyId);
    expect(contacts[0]?.reasons).toEqual(['emergency']);
    expect(contacts[1]?.entry.id).toBe(nationalHotlineId);
  });

  it('leaves 911 out when there is no danger', () => {
    expect(contactIds({ referralNeeds: ['trafficking-support'], possibleMinor: false })).not.toContain(emergencyId);
  });

  it('always offers the national hotline, even with no needs at all', () => {
    expect(contactIds({ referralNeeds: [], possibleMinor: false })).toEqual([nationalHotlineId]);
    expect(contactIds({ referralNeeds: ['trafficking-support'], possibleMinor: true })).toContain(nationalHotlineId);
    const match = matchContacts(directory, { referralNeeds: ['trafficking-support'], possibleMinor: false });
    expect(match.contacts).toEqual([{ entry: byId(nationalHotlineId), reasons: ['trafficking-support'] }]);
  });

  it.each([undefined, 'not-sure'] as const)('lists both child hotlines before the national hotline (side %s)', (side) => {
    const list = contactIds({ referralNeeds: ['child-protection', 'trafficking-support'], side, possibleMinor: true });
    expect(list.slice(0, 3)).toEqual([missouriChild, kansasChild, nationalHotlineId]);
  });

  it('puts the Kansas child hotline first on the Kansas side', () => {
    const list = contactIds({ referralNeeds: ['child-protection', 'trafficking-support'], side: 'kansas', possibleMinor: true });
    expect(list.slice(0, 3)).toEqual([kansasChild, missouriChild, nationalHotlineId]);
  });

  it('puts the Missouri child hotline first on the Missouri side', () => {
    const list = contactIds({
      referralNeeds: ['child-protection', 'trafficking-support'],
      side: 'missouri',
      possibleMinor: true,
    });
    expect(list.slice(0, 3)).toEqual([missouriChild, kansasChild, nationalHotlineId]);
  });

  it('keeps 911 ahead of the child hotlines', () => {
    const outcome = assess({ 'danger-now': 'yes', 'under-18': 'yes', 'commercial-sex': 'observed' });
    const list = contactIds({ referralNeeds: outcome.referralNeeds, side: 'kansas', possibleMinor: outcome.possibleMinor });
    expect(list.slice(0, 4)).toEqual([emergencyId, kansasChild, missouriChild, nationalHotlineId]);
  });

  it('offers the child hotlines when child protection is asked for, and not to an adult otherwise', () => {
    expect(contactIds({ referralNeeds: ['child-protection'], possibleMinor: false })).toContain(kansasChild);
    const adult = contactIds({ referralNeeds: ['trafficking-support', 'safe-place'], possibleMinor: false });
    expect(adult).not.toContain(kansasChild);
    expect(adult).not.toContain(missouriChild);
  });

  it("lists the services for a safe place, the person's side first", () => {
    const kansas = contactIds({ referralNeeds: ['trafficking-support', 'safe-place'], side: 'kansas', possibleMinor: false });
    expect(kansas).toEqual([nationalHotlineId, 'safehome', 'veronicas-voice', 'rose-brooks-center', 'restart-inc']);
    const missouri = contactIds({ referralNeeds: ['trafficking-support', 'safe-place'], side: 'missouri', possibleMinor: false });
    expect(missouri).toEqual([nationalHotlineId, 'rose-brooks-center', 'veronicas-voice', 'restart-inc', 'safehome']);
  });

  it('gives the reason each contact is listed', () => {
    const match = matchContacts(directory, { referralNeeds: ['safe-place'], side: 'missouri', possibleMinor: false });
    for (const contact of match.contacts.slice(1)) expect(contact.reasons).toEqual(['safe-place']);
  });

  it('lists a contact once, with every reason it answers', () => {
    const match = matchContacts(directory, {
      referralNeeds: ['safe-place', 'counselling'],
      side: 'missouri',
      possibleMinor: false,
    });
    const roseBrooks = match.contacts.filter((contact) => contact.entry.id === 'rose-brooks-center');
    expect(roseBrooks).toHaveLength(1);
    expect(roseBrooks[0]?.reasons).toEqual(['safe-place', 'counselling']);
    const listed = ids(match.contacts.map((contact) => contact.entry));
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('does not offer adult-only services to a possible minor', () => {
    const adultOnly = directory.filter((candidate) => candidate.audience === 'adults');
    expect(adultOnly.length).toBeGreaterThan(0);
    const minor = contactIds({ referralNeeds: ['safe-place', 'leaving-sex-trade'], side: 'kansas', possibleMinor: true });
    for (const candidate of adultOnly) expect(minor).not.toContain(candidate.id);
    const adult = contactIds({ referralNeeds: ['safe-place', 'leaving-sex-trade'], side: 'kansas', possibleMinor: false });
    expect(adult).toContain('veronicas-voice');
  });

  it('never offers law enforcement other than 911, nor 911 for a need', () => {
    const everyNeed = Object.keys(servicesForNeed) as (keyof typeof servicesForNeed)[];
    const list = matchContacts(directory, {
      referralNeeds: ['trafficking-support', ...everyNeed],
      possibleMinor: false,
    }).contacts;
    for (const contact of list) {
      expect(contact.entry.organisationType, contact.entry.id).not.toBe('law-enforcement');
    }
    expect(ids(list.map((contact) => contact.entry))).not.toContain(emergencyId);
  });

  it('reports legal help as a need without a local service', () => {
    const match = matchContacts(directory, {
      referralNeeds: ['trafficking-support', 'legal-help', 'safe-place'],
      possibleMinor: false,
    });
    expect(match.needsWithoutLocalService).toContain('legal-help');
    expect(match.needsWithoutLocalService).not.toContain('safe-place');
    expect(match.needsWithoutLocalService).not.toContain('trafficking-support');
  });

  it('counts a need served only by unconfirmed entries as without a local service, but still lists them', () => {
    const match = matchContacts(directory, { referralNeeds: ['health-care'], possibleMinor: false });
    expect(match.needsWithoutLocalService).toEqual(['health-care']);
    expect(ids(match.contacts.map((contact) => contact.entry))).toContain('kc-care-health-center');
  });

  it('reports nothing missing when no local need was asked for', () => {
    expect(
      matchContacts(directory, { referralNeeds: ['emergency', 'trafficking-support'], possibleMinor: false })
        .needsWithoutLocalService,
    ).toEqual([]);
  });
});

describe('servicesFor and childHotlines with synthetic directories', () => {
  const synthetic = parseDirectory([
    entry('mo-unconfirmed', { area: ['missouri'], verification: unconfirmed }),
    entry('ks-unconfirmed', { area: ['kansas'], verification: unconfirmed }),
    entry('mo-confirmed', { area: ['missouri'] }),
    entry('ks-confirmed', { area: ['kansas'] }),
    entry('both-confirmed', { area: ['missouri', 'kansas'] }),
    entry('youth-only', { area: ['missouri'], audience: 'under-18' }),
    entry('adults-only', { area: ['kansas'], audience: 'adults' }),
    entry('police', { area: ['missouri'], organisationType: 'law-enforcement' }),
    entry('counselling-only', { area: ['missouri'], services: ['counselling'] }),
  ]);

  it('puts confirmed before unconfirmed within the same side, then keeps file order', () => {
    expect(ids(servicesFor(synthetic, 'safe-place', 'missouri', false))).toEqual([
      'mo-confirmed',
      'both-confirmed',
      'mo-unconfirmed',
      'ks-confirmed',
      'adults-only',
      'ks-unconfirmed',
    ]);
    expect(ids(servicesFor(synthetic, 'safe-place', 'kansas', false))).toEqual([
      'ks-confirmed',
      'both-confirmed',
      'adults-only',
      'ks-unconfirmed',
      'mo-confirmed',
      'mo-unconfirmed',
    ]);
  });

  it.each([undefined, 'not-sure'] as const)('ranks by confirmation alone when the side is %s', (side) => {
    expect(ids(servicesFor(synthetic, 'safe-place', side, false))).toEqual([
      'mo-confirmed',
      'ks-confirmed',
      'both-confirmed',
      'adults-only',
      'mo-unconfirmed',
      'ks-unconfirmed',
    ]);
  });

  it('offers under-18 services only to a possible minor, adult services only to an adult', () => {
    const minor = ids(servicesFor(synthetic, 'safe-place', 'missouri', true));
    expect(minor).toContain('youth-only');
    expect(minor).not.toContain('adults-only');
    expect(minor[0]).toBe('mo-confirmed');
    expect(ids(servicesFor(synthetic, 'safe-place', 'missouri', false))).not.toContain('youth-only');
  });

  it('matches a need through any of its service types', () => {
    const withCrisis = parseDirectory([
      entry('crisis', { services: ['crisis-line'] }),
      entry('talk', { services: ['counselling'] }),
      entry('shelter', { services: ['housing'] }),
    ]);
    expect(ids(servicesFor(withCrisis, 'counselling', undefined, false))).toEqual(['crisis', 'talk']);
    expect(ids(servicesFor(withCrisis, 'safe-place', undefined, false))).toEqual(['shelter']);
    expect(servicesFor(withCrisis, 'legal-help', undefined, false)).toEqual([]);
  });

  it('reports a need as unserved when only unconfirmed entries answer it', () => {
    const onlyUnconfirmed = parseDirectory([entry('maybe-shelter', { verification: unconfirmed })]);
    const match = matchContacts(onlyUnconfirmed, { referralNeeds: ['safe-place'], possibleMinor: false });
    expect(match.needsWithoutLocalService).toEqual(['safe-place']);
    expect(ids(match.contacts.map((contact) => contact.entry))).toEqual(['maybe-shelter']);
  });

  it('counts a national entry as on either side of the state line', () => {
    const local = parseDirectory([
      entry('kansas-shelter', { area: ['kansas'] }),
      entry('national-shelter', { area: ['national'] }),
    ]);
    expect(ids(servicesFor(local, 'safe-place', 'missouri', false))).toEqual(['national-shelter', 'kansas-shelter']);
    expect(ids(servicesFor(local, 'safe-place', 'kansas', false))).toEqual(['kansas-shelter', 'national-shelter']);
  });

  it('orders child hotlines by side and keeps file order otherwise', () => {
    const hotlines = parseDirectory([
      entry('ks-child', { area: ['kansas'], audience: 'under-18', services: ['reporting'], organisationType: 'government' }),
      entry('mo-child', { area: ['missouri'], audience: 'under-18', services: ['reporting'], organisationType: 'government' }),
      entry('youth-shelter', { area: ['missouri'], audience: 'under-18', services: ['emergency-shelter'] }),
      entry('adult-reporting', { area: ['missouri'], services: ['reporting'] }),
    ]);
    expect(ids(childHotlines(hotlines, 'missouri'))).toEqual(['mo-child', 'ks-child']);
    expect(ids(childHotlines(hotlines, 'kansas'))).toEqual(['ks-child', 'mo-child']);
    expect(ids(childHotlines(hotlines, undefined))).toEqual(['ks-child', 'mo-child']);
  });

  it('judges audience as documented', () => {
    const [everyone, youth, adults, lgbtq] = parseDirectory([
      entry('a-everyone'),
      entry('a-youth', { audience: 'under-18' }),
      entry('a-adults', { audience: 'adults' }),
      entry('a-lgbtq', { audience: 'lgbtq' }),
    ]);
    expect([everyone, youth, adults, lgbtq].map((candidate) => suitsAudience(candidate!, true))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect([everyone, youth, adults, lgbtq].map((candidate) => suitsAudience(candidate!, false))).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });

  it('still works when 911 or the national hotline is missing from a directory', () => {
    const match = matchContacts(synthetic, { referralNeeds: ['emergency', 'trafficking-support'], possibleMinor: false });
    expect(match.contacts).toEqual([]);
  });
});

describe('printableContacts', () => {
  const everyNeed = Object.keys(servicesForNeed) as (keyof typeof servicesForNeed)[];
  const matchedEverything = (possibleMinor: boolean) =>
    matchContacts(directory, {
      referralNeeds: ['emergency', 'child-protection', 'trafficking-support', ...everyNeed],
      possibleMinor,
    }).contacts.map((contact) => contact.entry);

  it('always starts with 911 then the national hotline, even with nothing matched', () => {
    expect(ids(printableContacts(directory, []))).toEqual([emergencyId, nationalHotlineId]);
    const list = printableContacts(directory, matchedEverything(false));
    expect(ids(list).slice(0, 2)).toEqual([emergencyId, nationalHotlineId]);
  });

  it('never prints an unconfirmed entry', () => {
    for (const possibleMinor of [true, false]) {
      const matched = matchedEverything(possibleMinor);
      expect(matched.some((candidate) => candidate.verification.status === 'unconfirmed')).toBe(true);
      for (const printed of printableContacts(directory, matched)) {
        expect(printed.verification.status, printed.id).toBe('confirmed');
      }
    }
  });

  it('never prints law enforcement, even when it is handed in', () => {
    const lawEnforcement = directory.filter((candidate) => candidate.organisationType === 'law-enforcement');
    expect(lawEnforcement.some((candidate) => candidate.verification.status === 'confirmed')).toBe(true);
    const printed = printableContacts(directory, [...lawEnforcement, byId('rose-brooks-center')]);
    expect(ids(printed)).toEqual([emergencyId, nationalHotlineId, 'rose-brooks-center']);
  });

  it('prints matched confirmed entries once, in match order', () => {
    const matched = matchedEverything(true);
    const printed = ids(printableContacts(directory, matched));
    expect(new Set(printed).size).toBe(printed.length);
    const expectedRest = ids(matched).filter(
      (id) => id !== emergencyId && id !== nationalHotlineId && byId(id).verification.status === 'confirmed',
    );
    expect(printed).toEqual([emergencyId, nationalHotlineId, ...expectedRest]);
    expect(printed).toContain(missouriChild);
    expect(printed).not.toContain('restart-inc');
    expect(printed).not.toContain('kc-care-health-center');
  });

  it('recognises 911 and the national hotline by id, not by object, so copies are not printed twice', () => {
    const copies = structuredClone(matchedEverything(false));
    const printed = ids(printableContacts(directory, copies));
    expect(printed.filter((id) => id === emergencyId)).toHaveLength(1);
    expect(printed.filter((id) => id === nationalHotlineId)).toHaveLength(1);
  });

  it('drops 911 or the national hotline from a directory where it is unconfirmed', () => {
    const local = parseDirectory([
      entry(emergencyId, { organisationType: 'emergency-services', verification: unconfirmed }),
      entry(nationalHotlineId, { organisationType: 'hotline' }),
      entry('shelter'),
    ]);
    expect(ids(printableContacts(local, local))).toEqual([nationalHotlineId, 'shelter']);
  });
});

describe('directoryForNeed', () => {
  it('returns the whole directory, as a copy, without a need', () => {
    const all = directoryForNeed(directory, undefined);
    expect(all).toEqual(directory);
    expect(all).not.toBe(directory);
  });

  it('filters reporting contacts', () => {
    const reporting = directoryForNeed(directory, 'reporting');
    expect(reporting.length).toBeGreaterThan(0);
    expect(reporting.length).toBeLessThan(directory.length);
    for (const candidate of reporting) expect(candidate.services).toContain('reporting');
    expect(ids(reporting)).toEqual(expect.arrayContaining([nationalHotlineId, missouriChild, kansasChild]));
  });

  it('filters by need, keeping unconfirmed and audience-limited entries for the worker to see', () => {
    expect(ids(directoryForNeed(directory, 'safe-place'))).toEqual([
      'rose-brooks-center',
      'safehome',
      'veronicas-voice',
      'restart-inc',
    ]);
    expect(ids(directoryForNeed(directory, 'work'))).toEqual(['restart-inc']);
    expect(directoryForNeed(directory, 'legal-help')).toEqual([]);
    const counselling = ids(directoryForNeed(directory, 'counselling'));
    expect(counselling).toContain(nationalHotlineId);
    expect(counselling).toContain('mocsa');
    expect(counselling).not.toContain('restart-inc');
  });
});
