/**
 * The programme sheet handed to trainees before they start (the quality label asks for it): every
 * field format.md gives a programme, the seller's identity, and the date of its last change.
 */
import type { WorkspaceConfig } from '../config';
import { documentLabels } from '../i18n/documents';
import { salesFormats, salesLabels, type SalesLabels } from '../i18n/sales';
import { list, num, text, type Data } from '../records';
import { missingSheetFields } from '../rules/cross/programmeSheet';
import { plainDate } from './dates';
import { sellerIdentity, type SellerIdentity } from './seller';
import type { RecordSource } from './sessionModel';

export interface ProgrammeSheetView {
  config: WorkspaceConfig;
  l: SalesLabels;
  seller: SellerIdentity;
  title: string;
  objectives: string[];
  modules: string[];
  /** Label–value sections in print order (audience, prerequisites, duration…); absent fields are left out. */
  sections: { label: string; value: string }[];
  /** "Programme mis à jour le 12 mars 2026". */
  lastChange: string;
  /** The sheet's fields the record lacks (labels, for a warning). */
  missing: string[];
}

/** How the accessibility field reads: a text, or the person it names with their email and phone. */
function accessibilityText(source: RecordSource, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const person = /^[\p{L}\p{N}._-]+$/u.test(value) ? source.record(value, 'person')?.data : undefined;
  if (!person) return value;
  const name = [text(person.first_name), text(person.last_name)].filter(Boolean).join(' ');
  return [name, text(person.email), text(person.phone)].filter(Boolean).join(' — ');
}

export function programmeDuration(data: Data): { hours?: number; perDay: number } {
  return { hours: num(data.hours), perDay: num(data.hours_per_day) ?? 7 };
}

/**
 * The sheet of a programme record; `changed` is the day of its last change (YYYY-MM-DD: the last
 * commit when the file is committed unchanged, else today), told by the host.
 */
export function programmeSheetView(source: RecordSource, id: string, changed: string): ProgrammeSheetView | undefined {
  const rec = source.record(id, 'programme');
  if (!rec) return undefined;
  const cfg = source.config;
  const l = salesLabels(cfg.locale);
  const f = salesFormats(cfg.locale, cfg.currency);
  const d = rec.data;
  const strings = (v: unknown) => list(v).filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  const sections: { label: string; value: string }[] = [];
  const add = (label: string, value: string | undefined) => value?.trim() && sections.push({ label, value });
  const nature = text(d.nature);
  add(l.nature, nature ? (l.natures[nature] ?? nature) : undefined);
  add(l.audience, text(d.audience));
  add(l.prerequisites, text(d.prerequisites));
  const { hours, perDay } = programmeDuration(d);
  add(l.duration, hours !== undefined ? l.hours(hours, perDay) : undefined);
  const format = text(d.format);
  add(l.format, format ? (l.formats[format] ?? format) : undefined);
  const max = num(d.max_participants);
  add(l.methods, text(d.methods));
  add(l.assessment, text(d.assessment));
  add(l.accessibility, accessibilityText(source, text(d.accessibility)));
  const prices = [
    num(d.price_per_participant) !== undefined ? l.pricePerParticipant(f.money(num(d.price_per_participant) ?? 0)) : '',
    num(d.price_per_day) !== undefined ? l.pricePerDay(f.money(num(d.price_per_day) ?? 0)) : '',
    max !== undefined ? l.maxParticipants(max) : '',
  ].filter(Boolean);
  add(l.price, prices.join(' ; '));
  return {
    config: cfg,
    l,
    seller: sellerIdentity(cfg, l),
    title: text(d.title) ?? id,
    objectives: strings(d.objectives),
    modules: strings(d.modules),
    sections,
    lastChange: l.lastChange(plainDate(changed, documentLabels(cfg.locale))),
    missing: missingSheetFields(d).map((field) => l.programmeFields[field] ?? field),
  };
}
