// What the checklist asks. Wording lives in messages/<locale>.json under `items.<id>`;
// this file holds only what decides something: domain, kind, weight and source.
import type { SourceId } from './sources';

export const domains = ['safety', 'physical-abuse', 'control', 'identity-documents', 'debt-bondage', 'work-and-living'] as const;
export type Domain = (typeof domains)[number];
export type IndicatorDomain = Exclude<Domain, 'safety'>;

/** Something the worker notices, or a question the worker asks (with a suggested way to ask it). */
export type ItemKind = 'observe' | 'ask';
/** `strong` follows the ILO 2009 rating "strong"; `supporting` stands for its "medium" and "weak". */
export type Weight = 'strong' | 'supporting';

export type Indicator = {
  id: string;
  domain: IndicatorDomain;
  kind: ItemKind;
  weight: Weight;
  source: SourceId;
};

/** The Safety now step: questions that choose a pathway rather than indicate trafficking. */
export const safetyQuestions = [
  { id: 'danger-now', domain: 'safety', kind: 'ask', source: 'hhs-ahtst-2018' },
  { id: 'under-18', domain: 'safety', kind: 'ask', source: 'us-tvpa' },
  { id: 'can-talk-privately', domain: 'safety', kind: 'ask', source: 'hhs-ahtst-2018' },
] as const satisfies readonly { id: string; domain: 'safety'; kind: 'ask'; source: SourceId }[];
export type SafetyQuestionId = (typeof safetyQuestions)[number]['id'];

export const indicators = [
  // Physical abuse
  { id: 'visible-injuries', domain: 'physical-abuse', kind: 'observe', weight: 'strong', source: 'ilo-ec-2009' },
  { id: 'untreated-health-needs', domain: 'physical-abuse', kind: 'observe', weight: 'supporting', source: 'polaris-signs' },
  {
    id: 'malnourished-or-exhausted',
    domain: 'physical-abuse',
    kind: 'observe',
    weight: 'supporting',
    source: 'dhs-blue-campaign',
  },
  { id: 'ownership-tattoo', domain: 'physical-abuse', kind: 'observe', weight: 'supporting', source: 'polaris-signs' },
  { id: 'fearful-or-submissive', domain: 'physical-abuse', kind: 'observe', weight: 'supporting', source: 'dhs-blue-campaign' },
  { id: 'hurt-by-someone', domain: 'physical-abuse', kind: 'ask', weight: 'strong', source: 'ilo-ec-2009' },
  { id: 'denied-basic-needs', domain: 'physical-abuse', kind: 'ask', weight: 'supporting', source: 'dhs-blue-campaign' },
  // Control by others
  { id: 'someone-speaks-for-them', domain: 'control', kind: 'observe', weight: 'supporting', source: 'dhs-blue-campaign' },
  { id: 'accompanied-or-watched', domain: 'control', kind: 'observe', weight: 'supporting', source: 'polaris-signs' },
  { id: 'scripted-story', domain: 'control', kind: 'observe', weight: 'supporting', source: 'polaris-signs' },
  { id: 'does-not-know-location', domain: 'control', kind: 'observe', weight: 'supporting', source: 'polaris-signs' },
  { id: 'not-free-to-leave', domain: 'control', kind: 'ask', weight: 'strong', source: 'ilo-ec-2009' },
  { id: 'cut-off-from-family', domain: 'control', kind: 'ask', weight: 'strong', source: 'ilo-ec-2009' },
  { id: 'money-or-phone-controlled', domain: 'control', kind: 'ask', weight: 'supporting', source: 'polaris-signs' },
  { id: 'threatened', domain: 'control', kind: 'ask', weight: 'supporting', source: 'ilo-ec-2009' },
  { id: 'threatened-with-authorities', domain: 'control', kind: 'ask', weight: 'supporting', source: 'ilo-ec-2009' },
  // Identity documents
  { id: 'no-identification', domain: 'identity-documents', kind: 'observe', weight: 'supporting', source: 'polaris-signs' },
  { id: 'documents-held-by-someone', domain: 'identity-documents', kind: 'ask', weight: 'strong', source: 'ilo-ec-2009' },
  { id: 'false-documents', domain: 'identity-documents', kind: 'ask', weight: 'supporting', source: 'ilo-forced-labour-2012' },
  // Debt bondage
  { id: 'unpayable-debt', domain: 'debt-bondage', kind: 'ask', weight: 'strong', source: 'ilo-ec-2009' },
  { id: 'debt-keeps-growing', domain: 'debt-bondage', kind: 'ask', weight: 'strong', source: 'ilo-forced-labour-2012' },
  { id: 'charged-for-living-costs', domain: 'debt-bondage', kind: 'ask', weight: 'supporting', source: 'ilo-ec-2009' },
  { id: 'pay-withheld', domain: 'debt-bondage', kind: 'ask', weight: 'supporting', source: 'ilo-ec-2009' },
  // Work and living conditions (labour and sex alike)
  { id: 'deceived-about-work', domain: 'work-and-living', kind: 'ask', weight: 'strong', source: 'ilo-ec-2009' },
  { id: 'excessive-hours', domain: 'work-and-living', kind: 'ask', weight: 'strong', source: 'ilo-ec-2009' },
  { id: 'forced-into-acts', domain: 'work-and-living', kind: 'ask', weight: 'strong', source: 'vera-tvit-2014' },
  { id: 'no-breaks', domain: 'work-and-living', kind: 'ask', weight: 'supporting', source: 'polaris-signs' },
  { id: 'little-or-no-pay', domain: 'work-and-living', kind: 'ask', weight: 'supporting', source: 'polaris-signs' },
  { id: 'quota', domain: 'work-and-living', kind: 'ask', weight: 'supporting', source: 'polaris-signs' },
  { id: 'dangerous-work', domain: 'work-and-living', kind: 'ask', weight: 'supporting', source: 'ilo-forced-labour-2012' },
  {
    id: 'lives-where-employer-decides',
    domain: 'work-and-living',
    kind: 'observe',
    weight: 'supporting',
    source: 'polaris-signs',
  },
  { id: 'commercial-sex', domain: 'work-and-living', kind: 'observe', weight: 'supporting', source: 'us-tvpa' },
] as const satisfies readonly Indicator[];

export type IndicatorId = (typeof indicators)[number]['id'];
export type ItemId = SafetyQuestionId | IndicatorId;

/** Answers to something the worker observes. */
export const observeAnswers = ['observed', 'not-observed'] as const;
/** Answers to something the worker asks; "declined" honours the person's right to not answer. */
export const askAnswers = ['yes', 'no', 'not-sure', 'declined'] as const;

/** What the person may want help with (the optional needs step). */
export const needs = [
  'safe-place',
  'health-care',
  'counselling',
  'legal-help',
  'leaving-sex-trade',
  'work',
  'substance-use',
] as const;
export type Need = (typeof needs)[number];

/** Which side of the state line the person is staying on: Kansas City spans Missouri and Kansas. */
export const stateSides = ['missouri', 'kansas', 'not-sure'] as const;
export type StateSide = (typeof stateSides)[number];

export function indicatorsIn(domain: IndicatorDomain): readonly Indicator[] {
  return indicators.filter((indicator) => indicator.domain === domain);
}

/** What one checklist step asks: the Safety now questions, or one domain's indicators. */
export function itemsInDomain(domain: Domain): readonly { id: ItemId; kind: ItemKind }[] {
  return domain === 'safety'
    ? safetyQuestions
    : indicatorsIn(domain).map((indicator) => ({ ...indicator, id: indicator.id as ItemId }));
}

export function indicatorById(id: string): Indicator | undefined {
  return indicators.find((indicator) => indicator.id === id);
}
