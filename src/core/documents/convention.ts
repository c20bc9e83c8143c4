/**
 * The convention de formation of a quote: the parties, the action (from the programme), its dates
 * and place (from the mission's planned sessions), the price (the quote's own printed totals, never
 * typed again), payment and cancellation terms. It also compares what an auditor compares: the
 * hours and prices of the programme, the quote and the planned sessions.
 */
import type { WorkspaceConfig } from '../config';
import { documentLabels } from '../i18n/documents';
import { salesFormats, salesLabels, type SalesLabels } from '../i18n/sales';
import { date, isObject, list, num, text, type Data } from '../records';
import { quoteHours } from '../figures/hours';
import { joinList, plainDate } from './dates';
import { programmeDuration } from './programmeSheet';
import { quoteView, type QuoteView } from './quote';
import { paymentTermLines, sellerIdentity, type SellerIdentity } from './seller';
import { sessionModel, type RecordSource, type SessionModel } from './sessionModel';

/** A record source that also knows who references a record (a `Workspace` does). */
export interface ConventionSource extends RecordSource {
  referrers(id: string): readonly { id: string; type?: string }[];
}

export interface ConventionView {
  config: WorkspaceConfig;
  l: SalesLabels;
  seller: SellerIdentity;
  quote: QuoteView;
  status: string;
  programmeTitle: string;
  client: { name: string; lines: string[]; representedBy?: string };
  object: string;
  /** Nature, objectives, duration, dates, place, trainees: label–value rows. */
  action: { label: string; value: string }[];
  objectives: string[];
  means: { label: string; value: string }[];
  payment: string[];
  cancellation: string;
  madeIn: string;
  /** Where the programme, the quote and the sessions disagree (sentences); empty when they agree. */
  mismatches: string[];
  missing: string[];
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** The sessions of the missions that carry out a quote, cancelled ones left out, in date order. */
function plannedSessions(source: ConventionSource, quoteId: string): SessionModel[] {
  const missions = source.referrers(quoteId).filter((r) => r.type === 'mission');
  const sessions = missions.flatMap((m) =>
    source
      .referrers(m.id)
      .filter((r) => r.type === 'session')
      .flatMap((s) => sessionModel(source, s.id) ?? []),
  );
  return sessions
    .filter((s) => s.status !== 'cancelled' && s.mission && missions.some((m) => m.id === s.mission?.id))
    .sort((a, b) => (a.slots[0]?.date ?? '').localeCompare(b.slots[0]?.date ?? ''));
}

function mismatchesOf(
  l: SalesLabels,
  f: ReturnType<typeof salesFormats>,
  quote: Data,
  programme: Data | undefined,
  sessions: SessionModel[],
): string[] {
  const out: string[] = [];
  const { hours: programmeHours, perDay } = programmeDuration(programme ?? {});
  const quoted = quoteHours(quote, perDay);
  const minutes = sessions.reduce((s, x) => s + x.slots.reduce((t, slot) => t + slot.minutes, 0), 0);
  const planned = sessions.length ? minutes / 60 : undefined;
  const sides: [string, number | undefined][] = [
    [l.programmeSide, programmeHours],
    [l.quoteSide, quoted],
    [l.sessionsSide(sessions.length), planned],
  ];
  const known = sides.filter((s): s is [string, number] => s[1] !== undefined);
  for (let i = 1; i < known.length; i++)
    if (!near(known[0][1], known[i][1])) out.push(l.mismatchHours(known[0][0], known[0][1], known[i][0], known[i][1]));
  if (programme) {
    const perParticipant = num(programme.price_per_participant);
    const perDayPrice = num(programme.price_per_day);
    for (const line of list(quote.lines)) {
      if (!isObject(line) || line.recurrence) continue;
      const label = text(line.label) ?? '';
      const price = num(line.unit_price) ?? 0;
      const people = num(line.people) ?? 1;
      if (line.unit === 'participant' && perParticipant !== undefined && !near(price, perParticipant))
        out.push(l.mismatchPrice(label, l.unit('participant', 1), f.money(price), f.money(perParticipant)));
      if (line.unit === 'day' && perDayPrice !== undefined && !near(price * people, perDayPrice))
        out.push(l.mismatchPrice(label, l.unit('day', 1), f.money(price * people), f.money(perDayPrice)));
    }
  }
  return out;
}

export function conventionView(source: ConventionSource, quoteId: string): ConventionView | undefined {
  const rec = source.record(quoteId, 'quote');
  const quote = quoteView(source, quoteId);
  if (!rec || !quote) return undefined;
  const cfg = source.config;
  const l = salesLabels(cfg.locale);
  const dl = documentLabels(cfg.locale);
  const f = salesFormats(cfg.locale, cfg.currency);
  const q = rec.data;
  const programmeId = text(q.programme);
  const programme = programmeId ? source.record(programmeId, 'programme')?.data : undefined;
  const clientId = text(q.client);
  const client = clientId ? source.record(clientId, 'client')?.data : undefined;
  const signatoryId = text(client?.signatory);
  const signatory = signatoryId ? source.record(signatoryId, 'person')?.data : undefined;
  const signatoryName = signatory
    ? [text(signatory.first_name), text(signatory.last_name)].filter(Boolean).join(' ')
    : undefined;
  const sessions = plannedSessions(source, quoteId);
  const seller = sellerIdentity(cfg, l);
  const terms = paymentTermLines(cfg, l, f.money, f.rate);
  const title = text(programme?.title) ?? programmeId ?? quote.number;
  const accepted = isObject(q.accepted) ? date(q.accepted.on) : undefined;

  const action: { label: string; value: string }[] = [];
  const nature = text(programme?.nature) ?? 'formation';
  action.push({ label: l.nature, value: l.natures[nature] ?? nature });
  const { hours, perDay } = programmeDuration(programme ?? {});
  const quoted = quoteHours(q, perDay);
  const duration = hours ?? quoted;
  if (duration !== undefined) action.push({ label: l.duration, value: l.hours(duration, perDay) });
  const days = [...new Set(sessions.flatMap((s) => s.slots.map((x) => x.date)))].sort();
  action.push({
    label: l.datesPlanned,
    value: days.length
      ? joinList(
          days.map((d) => plainDate(d, dl)),
          dl,
        )
      : l.toBeAgreed,
  });
  const places = [...new Set(sessions.flatMap((s) => (s.place ? [s.place] : s.online?.url ? [l.remote] : [])))];
  const format = text(programme?.format);
  const where = places.length ? places : format ? [l.formats[format] ?? format] : [];
  if (where.length) action.push({ label: l.place, value: where.join(' ; ') });
  const traineeLines = list(q.lines).filter((x) => isObject(x) && x.unit === 'participant' && !x.recurrence);
  const fromQuote = traineeLines.reduce((m: number, x) => Math.max(m, num((x as Data).quantity) ?? 0), 0);
  const fromSessions = new Set(
    sessions.flatMap((s) => s.participants.map((p) => p.email || `${p.first_name} ${p.last_name}`)),
  ).size;
  const trainees = fromQuote || fromSessions;
  if (trainees) action.push({ label: l.traineesLabel, value: l.trainees(trainees) });

  const means: { label: string; value: string }[] = [];
  if (text(programme?.methods)) means.push({ label: l.methods, value: text(programme?.methods) ?? '' });
  if (text(programme?.assessment)) means.push({ label: l.assessment, value: text(programme?.assessment) ?? '' });

  return {
    config: cfg,
    l,
    seller,
    quote,
    status: text(q.status) ?? '',
    programmeTitle: title,
    client: {
      name: text(client?.name) ?? clientId ?? '',
      lines: [text(client?.address), text(client?.vat_number) && l.clientVat(text(client?.vat_number) ?? '')].filter(
        (x): x is string => !!x,
      ),
      representedBy: signatoryName ? l.representedBy(signatoryName) : undefined,
    },
    object: l.object(title, quote.number, accepted ? plainDate(accepted, dl) : undefined),
    action,
    objectives: list(programme?.objectives).filter((x): x is string => typeof x === 'string'),
    means,
    payment: terms.lines,
    cancellation: cfg.cancellation_terms ?? l.defaultCancellation,
    madeIn: l.madeIn(cfg.legal.city),
    mismatches: mismatchesOf(l, f, q, programme, sessions),
    missing: [...seller.missing, ...terms.missing],
  };
}
