// The referral directory's shape, after Open Referral HSDS (organisation, service, phone) with an
// organisation type from IOM's HTCDS and E.164 numbers. Each entry says how sure we are of it.
import { z } from 'zod';

export const serviceTypes = [
  'emergency',
  'crisis-line',
  'emergency-shelter',
  'housing',
  'health-care',
  'counselling',
  'legal-help',
  'job-training',
  'substance-use',
  'leaving-sex-trade',
  'reporting',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

export const organisationTypes = [
  'emergency-services',
  'hotline',
  'ngo',
  'government',
  'law-enforcement',
  'health-service',
] as const;
export const areas = ['missouri', 'kansas', 'national'] as const;
export type Area = (typeof areas)[number];
export const audiences = ['everyone', 'under-18', 'adults', 'lgbtq'] as const;
export const phonePurposes = ['main', 'out-of-state', 'relay', 'tty', 'missouri-side', 'kansas-side', 'youth'] as const;

const digitsOf = (value: string) => value.replace(/\D/g, '');

const phoneSchema = z
  .object({
    /** E.164 (+18883737888), or a US short code such as 911 or 711. */
    e164: z.string().regex(/^(\+[1-9]\d{6,14}|\d{3})$/, 'must be E.164 (+1…) or a 3-digit short code'),
    display: z.string().min(3),
    purpose: z.enum(phonePurposes),
  })
  // The display form must carry every digit: the E.164 number itself, or it without the +1 country code.
  .refine(
    (phone) => [digitsOf(phone.e164), digitsOf(phone.e164).replace(/^1(?=\d{10}$)/, '')].includes(digitsOf(phone.display)),
    {
      message: 'display form does not match the E.164 number',
      path: ['display'],
    },
  );

const textLineSchema = z.object({
  number: z.string().regex(/^\d{3,10}$/, 'must be a short code or number, digits only'),
  keyword: z.string().min(1).optional(),
});

export const directoryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  /** A proper noun: never translated. */
  organisation: z.string().min(2),
  /** Shown instead on the printed sheet where the full name would reveal too much if found. */
  discreetName: z.string().min(2).optional(),
  organisationType: z.enum(organisationTypes),
  services: z.array(z.enum(serviceTypes)).min(1),
  phones: z.array(phoneSchema).min(1),
  textLines: z.array(textLineSchema).default([]),
  hours: z.enum(['24-7', 'office-hours', 'unknown']),
  /** BCP 47 codes of the languages served directly (interpreters aside). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)).min(1),
  interpreters: z.boolean(),
  area: z.array(z.enum(areas)).min(1),
  audience: z.enum(audiences),
  verification: z.strictObject({
    status: z.enum(['confirmed', 'unconfirmed']),
    source: z.string().min(3),
    checked: z.iso.date(),
    note: z.string().optional(),
  }),
});

export type DirectoryEntryInput = z.input<typeof directoryEntrySchema>;
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export class DirectoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirectoryError';
  }
}

/** Checks every entry; the first bad one fails naming its id and field. Ids must be unique. */
export function parseDirectory(entries: readonly unknown[]): DirectoryEntry[] {
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const id =
      typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string'
        ? (entry as { id: string }).id
        : `#${index}`;
    const result = directoryEntrySchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new DirectoryError(`Directory entry "${id}", field "${issue.path.join('.') || '(entry)'}": ${issue.message}`);
    }
    if (seen.has(result.data.id)) throw new DirectoryError(`Directory entry "${id}", field "id": used twice`);
    seen.add(result.data.id);
    return result.data;
  });
}
