// Outcome and needs → an ordered list of contacts. Pure. Order follows practice in the brief:
// 911 first when there is danger now, the child hotlines for a possible minor, the national hotline
// always, then local services by need, those on the person's side of the state line first.
import type { ReferralNeed } from '../screening/assess';
import type { StateSide } from '../screening/catalog';
import type { DirectoryEntry, ServiceType } from './schema';

export const emergencyId = 'emergency-911';
export const nationalHotlineId = 'national-human-trafficking-hotline';

/** Which services answer a need. */
export const servicesForNeed: Record<
  Exclude<ReferralNeed, 'emergency' | 'child-protection' | 'trafficking-support'>,
  readonly ServiceType[]
> = {
  'safe-place': ['emergency-shelter', 'housing'],
  'health-care': ['health-care'],
  counselling: ['counselling', 'crisis-line'],
  'legal-help': ['legal-help'],
  'leaving-sex-trade': ['leaving-sex-trade'],
  work: ['job-training'],
  'substance-use': ['substance-use'],
};

export type MatchedContact = { entry: DirectoryEntry; reasons: ReferralNeed[] };
export type Match = { contacts: MatchedContact[]; needsWithoutLocalService: ReferralNeed[] };

export type MatchRequest = { referralNeeds: readonly ReferralNeed[]; side?: StateSide; possibleMinor: boolean };

function sideRank(entry: DirectoryEntry, side: StateSide | undefined): number {
  if (side === 'missouri' || side === 'kansas') return entry.area.includes(side) || entry.area.includes('national') ? 0 : 1;
  return 0;
}

// Services for adults only are not offered to a possible minor; services for minors only not to an adult.
export function suitsAudience(entry: DirectoryEntry, possibleMinor: boolean): boolean {
  if (entry.audience === 'adults') return !possibleMinor;
  if (entry.audience === 'under-18') return possibleMinor;
  return true;
}

/** Local services that answer a need, confirmed before unconfirmed, the person's side of the line first. */
export function servicesFor(
  directory: readonly DirectoryEntry[],
  need: keyof typeof servicesForNeed,
  side: StateSide | undefined,
  possibleMinor: boolean,
): DirectoryEntry[] {
  const wanted = servicesForNeed[need];
  return directory
    .filter((entry) => entry.organisationType !== 'law-enforcement' && entry.organisationType !== 'emergency-services')
    .filter((entry) => entry.id !== nationalHotlineId)
    .filter((entry) => entry.services.some((service) => wanted.includes(service)))
    .filter((entry) => suitsAudience(entry, possibleMinor))
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        sideRank(a.entry, side) - sideRank(b.entry, side) ||
        Number(a.entry.verification.status !== 'confirmed') - Number(b.entry.verification.status !== 'confirmed') ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}

/** The child-abuse hotlines, the person's state first; both when the side is not known. */
export function childHotlines(directory: readonly DirectoryEntry[], side: StateSide | undefined): DirectoryEntry[] {
  return directory
    .filter((entry) => entry.audience === 'under-18' && entry.services.includes('reporting'))
    .sort((a, b) => sideRank(a, side) - sideRank(b, side));
}

export function matchContacts(directory: readonly DirectoryEntry[], request: MatchRequest): Match {
  const contacts: MatchedContact[] = [];
  const needsWithoutLocalService: ReferralNeed[] = [];
  const add = (entry: DirectoryEntry | undefined, reason: ReferralNeed) => {
    if (!entry) return;
    const existing = contacts.find((contact) => contact.entry.id === entry.id);
    if (existing) {
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
    } else contacts.push({ entry, reasons: [reason] });
  };
  const byId = (id: string) => directory.find((entry) => entry.id === id);

  if (request.referralNeeds.includes('emergency')) add(byId(emergencyId), 'emergency');
  if (request.possibleMinor || request.referralNeeds.includes('child-protection')) {
    for (const hotline of childHotlines(directory, request.side)) add(hotline, 'child-protection');
  }
  add(byId(nationalHotlineId), 'trafficking-support');

  for (const need of request.referralNeeds) {
    if (!(need in servicesForNeed)) continue;
    const found = servicesFor(directory, need as keyof typeof servicesForNeed, request.side, request.possibleMinor);
    if (!found.some((entry) => entry.verification.status === 'confirmed')) needsWithoutLocalService.push(need);
    for (const entry of found) add(entry, need);
  }
  return { contacts, needsWithoutLocalService };
}

/**
 * What may be printed for a person to take away: confirmed entries only, never law enforcement other than
 * 911, with 911 and the national hotline always first (a sheet is useful even with nothing matched).
 */
export function printableContacts(directory: readonly DirectoryEntry[], matched: readonly DirectoryEntry[]): DirectoryEntry[] {
  const first = [emergencyId, nationalHotlineId]
    .map((id) => directory.find((entry) => entry.id === id))
    .filter((entry): entry is DirectoryEntry => entry !== undefined);
  const rest = matched.filter(
    (entry) =>
      !first.some((pinned) => pinned.id === entry.id) &&
      entry.verification.status === 'confirmed' &&
      entry.organisationType !== 'law-enforcement',
  );
  return [...first, ...rest].filter((entry) => entry.verification.status === 'confirmed');
}

/** The referrals page's filter: every entry that answers a need, or the whole directory. */
export function directoryForNeed(
  directory: readonly DirectoryEntry[],
  need: keyof typeof servicesForNeed | 'reporting' | undefined,
): DirectoryEntry[] {
  if (!need) return [...directory];
  if (need === 'reporting') return directory.filter((entry) => entry.services.includes('reporting'));
  const wanted = servicesForNeed[need];
  return directory.filter((entry) => entry.services.some((service) => wanted.includes(service)));
}
