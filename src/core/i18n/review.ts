/** The words of change summaries (`atelier diff`, the editor's review view), in French and English. */
import type { ChangeNote, SlotNote, TotalsNote } from '../review/summary';
import type { Locale } from './messages';
import { counted as plural } from './plural';

const TYPES: Record<Locale, Record<string, string>> = {
  fr: {
    session: 'Session',
    quote: 'Devis',
    mission: 'Mission',
    programme: 'Parcours',
    client: 'Client',
    person: 'Personne',
    'email-template': "Modèle d'e-mail",
  },
  en: {
    session: 'Session',
    quote: 'Quote',
    mission: 'Mission',
    programme: 'Programme',
    client: 'Client',
    person: 'Person',
    'email-template': 'Email template',
  },
};

export function typeName(locale: Locale, type: string | undefined): string {
  return (type && TYPES[locale][type]) || (locale === 'fr' ? 'Fichier' : 'File');
}

const hours = (s: SlotNote) => `${s.start}–${s.end}`;
const slot = (s: SlotNote) => `${s.date} ${hours(s)}`;

function money(locale: Locale, x: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency: currency || 'EUR',
    }).format(x);
  } catch {
    return `${x.toFixed(2)} ${currency}`;
  }
}

function totals(locale: Locale, t: TotalsNote, currency: string): string {
  const per = t.period ? (locale === 'fr' ? (t.period === 'week' ? 'semaine' : 'mois') : t.period) : '';
  const rec = t.recurring_ht !== null ? ` + ${money(locale, t.recurring_ht, currency)} HT / ${per}` : '';
  return `${money(locale, t.total_ht, currency)} HT${rec}`;
}

function names(list: string[]): string {
  return list.length > 3 ? `${list.slice(0, 3).join(', ')}…` : list.join(', ');
}

/** "one participant added" / "3 participants added". */
function counted(locale: Locale, n: number, what: 'added' | 'removed'): string {
  if (locale === 'fr')
    return n === 1
      ? `un·e participant·e ${what === 'added' ? 'ajouté·e' : 'retiré·e'}`
      : `${n} participant·es ${what === 'added' ? 'ajouté·es' : 'retiré·es'}`;
  return n === 1 ? `one participant ${what}` : `${n} participants ${what}`;
}

/** One note as a phrase, to be joined with "; ". */
export function noteText(locale: Locale, note: ChangeNote, currency = 'EUR'): string {
  const fr = locale === 'fr';
  const n = plural(locale);
  switch (note.kind) {
    case 'added': {
      const title = note.title ? (fr ? ` « ${note.title} »` : ` "${note.title}"`) : '';
      const from = note.date ? (fr ? `, à partir du ${note.date}` : `, from ${note.date}`) : '';
      return (fr ? 'nouvelle fiche' : 'new record') + title + from;
    }
    case 'deleted':
      return fr ? 'fiche supprimée' : 'record deleted';
    case 'unreadable':
      if (note.conflict)
        return fr
          ? 'conflit de fusion non résolu : la fiche ne peut pas être lue (voir `atelier validate`)'
          : 'unresolved merge conflict: the record cannot be read (see `atelier validate`)';
      return fr
        ? 'la fiche ne peut pas être lue (voir `atelier validate`)'
        : 'the record cannot be read (see `atelier validate`)';
    case 'renamed':
      return fr ? `fichier renommé ${note.from} → ${note.to}` : `file renamed ${note.from} → ${note.to}`;
    case 'status':
      return fr ? `statut ${note.before} → ${note.after}` : `status ${note.before} → ${note.after}`;
    case 'participants': {
      const parts: string[] = [];
      if (note.added.length) parts.push(`${counted(locale, note.added.length, 'added')} (${names(note.added)})`);
      if (note.removed.length)
        parts.push(`${counted(locale, note.removed.length, 'removed')} (${names(note.removed)})`);
      if (note.edited)
        parts.push(
          fr
            ? `coordonnées modifiées pour ${n(note.edited, 'participant·e', 'participant·es')}`
            : `details edited for ${n(note.edited, 'participant', 'participants')}`,
        );
      return parts.join(fr ? ' ; ' : '; ');
    }
    case 'attendance':
      return fr
        ? `présences saisies pour ${n(note.count, 'participant·e', 'participant·es')}`
        : `attendance recorded for ${n(note.count, 'participant', 'participants')}`;
    case 'slot-moved': {
      if (note.before.date === note.after.date) {
        const which = fr
          ? note.half === 'morning'
            ? 'créneau du matin'
            : "créneau de l'après-midi"
          : note.half === 'morning'
            ? 'morning slot'
            : 'afternoon slot';
        const day = note.sameDay ? '' : fr ? ` du ${note.before.date}` : ` of ${note.before.date}`;
        return fr
          ? `${which}${day} déplacé ${hours(note.before)} → ${hours(note.after)}`
          : `${which}${day} moved ${hours(note.before)} → ${hours(note.after)}`;
      }
      return fr
        ? `créneau déplacé ${slot(note.before)} → ${slot(note.after)}`
        : `slot moved ${slot(note.before)} → ${slot(note.after)}`;
    }
    case 'slot-added':
      return fr ? `créneau ajouté ${slot(note.slot)}` : `slot added ${slot(note.slot)}`;
    case 'slot-removed':
      return fr ? `créneau retiré ${slot(note.slot)}` : `slot removed ${slot(note.slot)}`;
    case 'people': {
      const word = fr
        ? note.field === 'contacts'
          ? 'contact'
          : 'animation'
        : note.field === 'contacts'
          ? 'contact'
          : 'facilitator';
      if (note.added.length === note.removed.length) {
        return fr
          ? `${word} changé${word === 'animation' ? 'e' : ''} (${note.removed.join(', ')} → ${note.added.join(', ')})`
          : `${word} changed (${note.removed.join(', ')} → ${note.added.join(', ')})`;
      }
      const parts = [...note.added.map((x) => `+ ${x}`), ...note.removed.map((x) => `− ${x}`)].join(', ');
      return fr ? `${note.field === 'contacts' ? 'contacts' : 'animation'} : ${parts}` : `${note.field}: ${parts}`;
    }
    case 'totals':
      return `total ${totals(locale, note.before, currency)} → ${totals(locale, note.after, currency)}`;
    case 'lines': {
      const parts: string[] = [];
      if (note.added)
        parts.push(fr ? n(note.added, 'ligne ajoutée', 'lignes ajoutées') : n(note.added, 'line added', 'lines added'));
      if (note.removed)
        parts.push(
          fr ? n(note.removed, 'ligne retirée', 'lignes retirées') : n(note.removed, 'line removed', 'lines removed'),
        );
      if (note.changed)
        parts.push(
          fr ? n(note.changed, 'ligne modifiée', 'lignes modifiées') : n(note.changed, 'line changed', 'lines changed'),
        );
      return parts.join(', ');
    }
    case 'requests':
      return note.added
        .map((r) =>
          fr
            ? `demande de rétribution du ${r.requested} (${r.sessions.join(', ')})`
            : `retribution request of ${r.requested} (${r.sessions.join(', ')})`,
        )
        .join(fr ? ' ; ' : '; ');
    case 'field':
      return `${note.field} ${note.before} → ${note.after}`;
    case 'fields':
      return fr ? `modifié : ${note.fields.join(', ')}` : `changed: ${note.fields.join(', ')}`;
    case 'body':
      return fr ? 'notes modifiées' : 'notes edited';
  }
}

/** The notes of one record as a sentence. */
export function notesText(locale: Locale, notes: readonly ChangeNote[], currency = 'EUR'): string {
  return notes
    .map((n) => noteText(locale, n, currency))
    .filter(Boolean)
    .join(locale === 'fr' ? ' ; ' : '; ');
}
