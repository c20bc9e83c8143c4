/** atelier.yaml: the workspace settings, with the defaults format.md gives. */
import { outputSegments } from './configChecks';
import { isLocale, type Locale } from './i18n/messages';
import { isObject, num, text } from './records';

export const CONFIG_FILE = 'atelier.yaml';

export interface WorkspaceConfig {
  organisation: string;
  locale: Locale;
  timezone: string;
  currency: string;
  vat_rate: number;
  output: string;
  sender?: string;
  /** How emails sign off ("L'équipe de la Coopérative Exemple"); templates print it as {{ signature }}. */
  signature?: string;
  registration_number?: string;
  /** Rule 8: months after a session before contact data goes, years before names and attendance go. */
  retention: Retention;
  /** MM-DD from which the yearly personal-details mail to the directory is due (`directory_check`, 1 October by default). */
  directory_check: string;
  /** The organisation's identity printed on sales documents (`legal:`); empty when absent. */
  legal: LegalIdentity;
  /** Payment terms printed on quotes and conventions (`payment_terms:`), with the legal defaults. */
  payment_terms: PaymentTerms;
  /** Cancellation and withdrawal terms of conventions; undefined: the documents' default text. */
  cancellation_terms?: string;
  /** Commission (0..1) of each sales channel that sets one (`channels:`). */
  channels: Record<string, number>;
  /** Share of a slot (0..1) a participant must be connected to count as present (`attendance.remote_threshold`). */
  remote_threshold: number;
  /** What the sign-in sheet prints (`signin_sheet:`): e-mail addresses unless `show_email: false`. */
  signin_sheet: { show_email: boolean };
}

export interface Retention {
  contact_months: number;
  evidence_years: number;
}

export interface LegalIdentity {
  name?: string;
  form?: string;
  address?: string;
  postcode?: string;
  city?: string;
  siret?: string;
  vat_number?: string;
  vat_exempt: boolean;
  registration_region?: string;
  representative?: { name: string; title?: string };
  phone?: string;
  email?: string;
  website?: string;
}

export interface PaymentTerms {
  /** Days after the invoice; undefined when atelier.yaml does not say (documents say what is missing). */
  days?: number;
  late_penalty_rate?: number;
  /** The fixed indemnity between professionals: 40 € by law (Code de commerce L441-10) unless set. */
  recovery_fee: number;
}

export const defaultConfig: WorkspaceConfig = {
  organisation: '',
  locale: 'fr',
  timezone: 'Europe/Paris',
  currency: 'EUR',
  vat_rate: 0.2,
  output: 'generated',
  retention: { contact_months: 6, evidence_years: 3 },
  directory_check: '10-01',
  legal: { vat_exempt: false },
  payment_terms: { recovery_fee: 40 },
  channels: {},
  remote_threshold: 0.8,
  signin_sheet: { show_email: true },
};

/** A whole number of at least 1, else the default (the schema reports the wrong value). */
function count(value: unknown, fallback: number): number {
  const n = num(value);
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Settings from parsed atelier.yaml data; wrong values fall back to defaults (the schema reports them). */
export function configFrom(data: unknown): WorkspaceConfig {
  if (!isObject(data)) return { ...defaultConfig };
  const rate = num(data.vat_rate);
  const output = text(data.output)
    ?.trim()
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
  return {
    organisation: text(data.organisation) ?? '',
    locale: isLocale(data.locale) ? data.locale : defaultConfig.locale,
    timezone: text(data.timezone) ?? defaultConfig.timezone,
    currency: text(data.currency) ?? defaultConfig.currency,
    vat_rate: rate !== undefined && rate >= 0 && rate <= 1 ? rate : defaultConfig.vat_rate,
    // Written the way records are matched against it (`a/../generated` is generated); a bad one stays as written, an error.
    output: (output && (outputSegments(output)?.join('/') ?? output)) || defaultConfig.output,
    sender: text(data.sender),
    signature: text(data.signature),
    registration_number: text(data.registration_number),
    retention: {
      contact_months: count(
        isObject(data.retention) ? data.retention.contact_months : undefined,
        defaultConfig.retention.contact_months,
      ),
      evidence_years: count(
        isObject(data.retention) ? data.retention.evidence_years : undefined,
        defaultConfig.retention.evidence_years,
      ),
    },
    directory_check: monthDay(data.directory_check) ?? defaultConfig.directory_check,
    legal: legalFrom(data.legal),
    payment_terms: paymentTermsFrom(data.payment_terms),
    cancellation_terms: text(data.cancellation_terms)?.trim() || undefined,
    channels: channelsFrom(data.channels),
    remote_threshold:
      (isObject(data.attendance) ? shareOf(data.attendance.remote_threshold) : undefined) ??
      defaultConfig.remote_threshold,
    signin_sheet: { show_email: !(isObject(data.signin_sheet) && data.signin_sheet.show_email === false) },
  };
}

/** A real day of the year as MM-DD (29 February excluded: it is not in every year), else undefined. */
function monthDay(value: unknown): string | undefined {
  const m = /^(\d{2})-(\d{2})$/.exec(text(value)?.trim() ?? '');
  if (!m) return undefined;
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(m[1]) - 1];
  return days && Number(m[2]) >= 1 && Number(m[2]) <= days ? m[0] : undefined;
}

/** A non-empty trimmed string, or undefined. */
function words(value: unknown): string | undefined {
  return text(value)?.trim() || undefined;
}

/** A share between 0 and 1 (the schema reports others). */
const shareOf = (value: unknown): number | undefined => {
  const n = num(value);
  return n !== undefined && n >= 0 && n <= 1 ? n : undefined;
};

const rate = (value: unknown): number | undefined => {
  const n = num(value);
  return n !== undefined && n >= 0 && n <= 1 ? n : undefined;
};

function legalFrom(data: unknown): LegalIdentity {
  if (!isObject(data)) return { vat_exempt: false };
  const rep = isObject(data.representative) ? data.representative : undefined;
  const repName = words(rep?.name);
  return {
    name: words(data.name),
    form: words(data.form),
    address: words(data.address),
    postcode: words(data.postcode) ?? (num(data.postcode) !== undefined ? String(data.postcode) : undefined),
    city: words(data.city),
    siret: words(data.siret),
    vat_number: words(data.vat_number),
    vat_exempt: data.vat_exempt === true,
    registration_region: words(data.registration_region),
    representative: repName ? { name: repName, title: words(rep?.title) } : undefined,
    phone: words(data.phone),
    email: words(data.email),
    website: words(data.website),
  };
}

function paymentTermsFrom(data: unknown): PaymentTerms {
  if (!isObject(data)) return { recovery_fee: 40 };
  const days = num(data.days);
  const fee = num(data.recovery_fee);
  return {
    days: days !== undefined && days >= 0 ? days : undefined,
    late_penalty_rate: rate(data.late_penalty_rate),
    recovery_fee: fee !== undefined && fee >= 0 ? fee : 40,
  };
}

function channelsFrom(data: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isObject(data)) return out;
  for (const [channel, value] of Object.entries(data)) {
    const commission = isObject(value) ? rate(value.commission) : undefined;
    if (commission !== undefined) out[channel] = commission;
  }
  return out;
}
