/**
 * The values of a template's variables for one recipient, written twice: as Markdown-safe text
 * (for the HTML part) and as plain text (for the subject and the text part).
 */
import type { DocumentLabels } from '../../i18n/documents';
import { accessEnds } from '../../retention';
import { clock, joinList, longDate } from '../dates';
import { fullName, type SessionModel } from '../sessionModel';
import { sessionDates } from '../signinSheet';
import { templateView, type TemplateView } from '../template/render';
import { markdownText, markdownUrl, oneLine } from './markdown';
import type { Recipient } from './recipients';

/** "jeudi 12 mars 2026, 9 h 30 – 12 h 30 et 14 h – 17 h ; vendredi 13 mars 2026, 9 h – 12 h". */
export function slotsText(s: SessionModel, l: DocumentLabels): string {
  const days = new Map<string, string[]>();
  for (const slot of s.slots) {
    const hours = slot.start ? `${clock(slot.start, l)}${slot.end ? `${l.timeRange}${clock(slot.end, l)}` : ''}` : '';
    days.set(slot.date, [...(days.get(slot.date) ?? []), ...(hours ? [hours] : [])]);
  }
  return [...days]
    .map(([day, hours]) => (hours.length ? `${longDate(day, l)}, ${joinList(hours, l)}` : longDate(day, l)))
    .join(l.listSeparator);
}

/** The session's values, the same for every recipient (plain text). */
export interface SessionValues {
  title: string;
  dates: string;
  first_date: string;
  last_date: string;
  slots: string;
  place: string;
  url: string;
  phone: string;
  access_code: string;
  access_until: string;
  programme: string;
  modules: string[];
  client: string;
  mission: string;
  facilitators: string;
  organisation: string;
  /** atelier.yaml's `signature`, else the organisation's name. */
  signature: string;
}

export function sessionValues(s: SessionModel, l: DocumentLabels): SessionValues {
  const days = s.slots.map((x) => x.date).sort();
  const first = days[0];
  const last = days[days.length - 1];
  return {
    title: s.title,
    dates: sessionDates(s, l),
    first_date: first ? longDate(first, l) : '',
    last_date: last ? longDate(last, l) : '',
    slots: slotsText(s, l),
    place: s.place ?? '',
    url: s.online?.url ?? '',
    phone: s.online?.phone ?? '',
    access_code: s.online?.access_code ?? '',
    access_until: last ? longDate(accessEnds(last), l) : '',
    programme: s.programme?.title ?? '',
    modules: s.programme?.modules ?? [],
    client: s.client?.name ?? '',
    mission: s.mission?.id ?? '',
    facilitators: joinList(s.facilitators.map(fullName), l),
    organisation: s.config.organisation,
    signature: s.config.signature ?? s.config.organisation,
  };
}

type Writer = { text(v: string): string; url(v: string): string; list(items: string[]): string };

/** Markdown: literal text, links for web addresses, modules as a bulleted list. */
const markdown: Writer = {
  text: markdownText,
  url: markdownUrl,
  list: (items) => items.map((m) => `- ${markdownText(m)}`).join('\n'),
};
/** Plain text: as written, on one line each; modules as a dashed list. */
const plain: Writer = { text: oneLine, url: oneLine, list: (items) => items.map((m) => `- ${oneLine(m)}`).join('\n') };

function view(v: SessionValues, r: Recipient, w: Writer): TemplateView {
  return templateView({
    recipient: {
      first_name: w.text(r.first_name),
      last_name: w.text(r.last_name),
      email: w.text(r.email),
      organisation: w.text(r.organisation),
      function: w.text(r.function),
    },
    session: {
      title: w.text(v.title),
      date: w.text(v.first_date),
      dates: w.text(v.dates),
      first_date: w.text(v.first_date),
      last_date: w.text(v.last_date),
      slots: w.text(v.slots),
      place: w.text(v.place),
      online: { url: w.url(v.url), phone: w.text(v.phone), access_code: w.text(v.access_code) },
      access_until: w.text(v.access_until),
    },
    programme: { title: w.text(v.programme), modules: v.modules.length ? w.list(v.modules) : '' },
    client: { name: w.text(v.client) },
    mission: { id: w.text(v.mission) },
    facilitators: w.text(v.facilitators),
    organisation: w.text(v.organisation),
    signature: w.text(v.signature),
  });
}

export function markdownView(v: SessionValues, r: Recipient): TemplateView {
  return view(v, r, markdown);
}

export function plainView(v: SessionValues, r: Recipient): TemplateView {
  return view(v, r, plain);
}
