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
  registration_number?: string;
  /** Rule 8: months after a session before contact data goes, years before names and attendance go. */
  retention: Retention;
}

export interface Retention {
  contact_months: number;
  evidence_years: number;
}

export const defaultConfig: WorkspaceConfig = {
  organisation: '',
  locale: 'fr',
  timezone: 'Europe/Paris',
  currency: 'EUR',
  vat_rate: 0.2,
  output: 'generated',
  retention: { contact_months: 6, evidence_years: 3 },
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
  };
}
