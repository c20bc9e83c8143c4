/**
 * The words the views show for values (kinds, statuses, months, dates, counts), in VS Code's display
 * language. Value words come from the dashboard's tables, so a view and the dashboard say the same thing.
 */
import * as vscode from 'vscode';
import { dashboardLabels, type Locale } from '../core';

/** The language of VS Code's interface (not the records'): the views are part of it. */
export const displayLocale = (): Locale => (vscode.env.language.startsWith('fr') ? 'fr' : 'en');
const intlLocale = () => (displayLocale() === 'fr' ? 'fr-FR' : 'en-GB');

export const words = () => dashboardLabels(displayLocale());

export const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase(intlLocale()) + s.slice(1);

export function kindWord(kind: string | null | undefined): string {
  return kind ? (words().kinds[kind] ?? kind) : words().none;
}

export function statusWord(type: 'session' | 'quote' | 'mission', status: string | null | undefined): string {
  if (!status) return words().none;
  const w = words();
  const table = type === 'session' ? w.sessionStatuses : type === 'quote' ? w.quoteStatuses : w.missionStatuses;
  return table[status] ?? status;
}

export function channelWord(channel: string | null | undefined): string | undefined {
  return channel ? (words().channels[channel] ?? channel) : undefined;
}

/** "novembre 2026" from "2026-11"; a session without dates is filed under "no date". */
export function monthWord(month: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return vscode.l10n.t('No date');
  const d = new Date(`${month}-01T00:00:00Z`);
  return capitalized(
    new Intl.DateTimeFormat(intlLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d),
  );
}

/** "12 mars 2026" from "2026-03-12" (an unreadable date is shown as written). */
export function dateWord(date: string | null | undefined): string {
  if (!date) return '?';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = new Date(`${date}T00:00:00Z`);
  return new Intl.DateTimeFormat(intlLocale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(d)
    .replace(/\.$/, '');
}

/** One of two sentences by the display language's plural rule (French counts 0 and 1 as singular). */
export function plural(n: number, one: () => string, other: () => string): string {
  return new Intl.PluralRules(intlLocale()).select(n) === 'one' ? one() : other();
}

export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat(intlLocale(), {
    style: 'currency',
    currency: currency || 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}
