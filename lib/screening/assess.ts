// Answers → what they suggest. Pure: no React, no Next, no globals. Never a determination: the outcome is
// a level of concern and the flags behind it, with their sources.
import { indicators, type Indicator, type IndicatorDomain, type Need } from './catalog';
import type { Answers } from './answers';

export const urgencies = ['danger-now', 'child', 'high-concern', 'concern', 'nothing-noted'] as const;
export type Urgency = (typeof urgencies)[number];

/** What to refer for: the person's stated needs plus what the outcome itself calls for. */
export type ReferralNeed = 'emergency' | 'child-protection' | 'trafficking-support' | Need;

export type DomainFlags = { domain: IndicatorDomain; indicators: readonly Indicator[] };

export type Outcome = {
  urgency: Urgency;
  dangerNow: boolean;
  possibleMinor: boolean;
  /** `no` means someone may be listening: the worker should not go on with sensitive questions. */
  privateConversation: 'yes' | 'no' | 'unknown';
  flagsByDomain: readonly DomainFlags[];
  strongFlags: number;
  supportingFlags: number;
  referralNeeds: readonly ReferralNeed[];
};

/** An indicator counts only when the worker observed it or the person said yes; "not sure" never flags. */
export function isFlagged(indicator: Indicator, answers: Answers): boolean {
  const answer = (answers as Record<string, string | undefined>)[indicator.id];
  return indicator.kind === 'observe' ? answer === 'observed' : answer === 'yes';
}

// Immediate danger comes before any screening: call 911 first (HHS AHTST guide, 2018).
export function isDangerNow(answers: Answers): boolean {
  return answers['danger-now'] === 'yes';
}

// "Is or may be" under 18: the child pathway applies whenever a minor cannot be ruled out, including when
// the person declines to say (Missouri Children's Division indicator tool; 22 U.S.C. 7102).
export function isPossibleMinor(answers: Answers): boolean {
  const answer = answers['under-18'];
  return answer === 'yes' || answer === 'not-sure' || answer === 'declined';
}

// Screen only in private, never with a companion present (HHS AHTST guide, 2018).
export function privacyOf(answers: Answers): Outcome['privateConversation'] {
  if (answers['can-talk-privately'] === 'yes') return 'yes';
  if (answers['can-talk-privately'] === 'no') return 'no';
  return 'unknown';
}

const countWeight = (flags: readonly Indicator[], weight: Indicator['weight']) =>
  flags.filter((indicator) => indicator.weight === weight).length;

/**
 * High concern adapts the ILO–EC 2009 rule (a dimension counts with 2 strong; 1 strong + 1 medium or weak;
 * 3 medium), "supporting" standing for medium and weak: strong signs count anywhere, 3 supporting signs
 * must share a domain, and signs spread over 3 or more domains corroborate each other.
 */
export function concernLevel(flagsByDomain: readonly DomainFlags[]): Urgency {
  const all = flagsByDomain.flatMap((group) => group.indicators);
  const strong = countWeight(all, 'strong');
  const supporting = all.length - strong;
  if (all.length === 0) return 'nothing-noted';
  if (strong >= 2) return 'high-concern';
  if (strong >= 1 && supporting >= 1) return 'high-concern';
  if (flagsByDomain.some((group) => countWeight(group.indicators, 'supporting') >= 3)) return 'high-concern';
  if (flagsByDomain.length >= 3) return 'high-concern';
  return 'concern';
}

// Under US federal law any commercial sex act by a person under 18 is trafficking, with no force, fraud or
// coercion needed (22 U.S.C. 7102); a possible minor with any sign takes the child pathway.
export function urgencyOf(dangerNow: boolean, possibleMinor: boolean, flagged: readonly Indicator[], level: Urgency): Urgency {
  if (dangerNow) return 'danger-now';
  if (possibleMinor && flagged.length > 0) return 'child';
  return level;
}

/** Needs the outcome calls for even when the person named none (Polaris and ILO guidance on what follows each sign). */
export function referralNeedsFor(
  dangerNow: boolean,
  possibleMinor: boolean,
  flagged: readonly Indicator[],
  statedNeeds: readonly Need[],
): ReferralNeed[] {
  const needs: ReferralNeed[] = [];
  if (dangerNow) needs.push('emergency');
  if (possibleMinor) needs.push('child-protection');
  needs.push('trafficking-support');
  needs.push(...statedNeeds);
  const flaggedDomains = new Set(flagged.map((indicator) => indicator.domain));
  if (dangerNow || flagged.some((indicator) => indicator.id === 'not-free-to-leave')) needs.push('safe-place');
  if (flaggedDomains.has('physical-abuse')) needs.push('health-care');
  if (flaggedDomains.has('identity-documents') || flaggedDomains.has('debt-bondage')) needs.push('legal-help');
  return [...new Set(needs)];
}

export function assess(answers: Answers, statedNeeds: readonly Need[] = []): Outcome {
  const flagged = indicators.filter((indicator) => isFlagged(indicator, answers));
  const flagsByDomain: DomainFlags[] = [];
  for (const indicator of flagged) {
    const group = flagsByDomain.find((entry) => entry.domain === indicator.domain);
    if (group) (group.indicators as Indicator[]).push(indicator);
    else flagsByDomain.push({ domain: indicator.domain, indicators: [indicator] });
  }
  const strongFlags = countWeight(flagged, 'strong');
  const supportingFlags = flagged.length - strongFlags;
  const dangerNow = isDangerNow(answers);
  const possibleMinor = isPossibleMinor(answers);
  const level = concernLevel(flagsByDomain);
  return {
    urgency: urgencyOf(dangerNow, possibleMinor, flagged, level),
    dangerNow,
    possibleMinor,
    privateConversation: privacyOf(answers),
    flagsByDomain,
    strongFlags,
    supportingFlags,
    referralNeeds: referralNeedsFor(dangerNow, possibleMinor, flagged, statedNeeds),
  };
}
