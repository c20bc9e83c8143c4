/**
 * The words and number formats of the dashboard, in French and English: the webview and
 * `atelier stats --format text` both use them, so they say the same thing the same way.
 */
import type { TodoKind } from '../figures/todos';
import type { Locale } from './messages';

// Here rather than in a module of its own: the webview imports this file, which must import nothing at run time.
const pluralRules = { fr: new Intl.PluralRules('fr-FR'), en: new Intl.PluralRules('en-GB') };

/** `count` with the word of its number, by the language's rule (French counts 0 and 1 as singular): "0 jour", "0 days". */
function plural(locale: Locale, count: number, one: string, other: string): string {
  return `${count} ${pluralRules[locale].select(count) === 'one' ? one : other}`;
}

export interface DashboardLabels {
  title: string;
  asOf: (date: string) => string;
  // Filters
  period: string;
  from: string;
  to: string;
  programme: string;
  client: string;
  all: string;
  periods: Record<'all' | 'month' | 'quarter' | 'year' | 'last12' | 'custom', string>;
  reset: string;
  filterNote: string;
  // Sections
  quotes: string;
  missions: string;
  sessions: string;
  todos: string;
  problems: string;
  // Quotes
  status: string;
  byStatus: string;
  count: string;
  ht: string;
  ttc: string;
  conversion: string;
  conversionDetail: (accepted: number, decided: number) => string;
  acceptedByMonth: string;
  /** Revenue per sales channel, net of commission. */
  byChannel: string;
  byChannelHint: string;
  channelColumn: string;
  gross: string;
  commission: string;
  net: string;
  channelNames: Record<string, string>;
  month: string;
  expiring: string;
  validUntil: string;
  daysLeft: (days: number) => string;
  quoteList: string;
  number: string;
  date: string;
  perPeriod: Record<'week' | 'month', string>;
  // Missions
  mission: string;
  ordered: string;
  planned: string;
  done: string;
  byKind: string;
  kind: string;
  retributions: string;
  retributionNow: string;
  retributionFrom: (date: string) => string;
  readyToClose: string;
  sessionsCount: (n: number) => string;
  // Sessions
  upcoming: string;
  days: string;
  participants: string;
  capacity: string;
  fillRate: string;
  attendance: string;
  attendanceRate: string;
  attendanceByProgramme: string;
  presentOfRecorded: (present: number, recorded: number) => string;
  pastPlanned: string;
  lastDay: string;
  // To do
  due: string;
  overdue: string;
  todoKinds: Record<TodoKind, string>;
  // Problems
  file: string;
  line: string;
  severity: string;
  diagnosticCode: string;
  message: string;
  severities: Record<'error' | 'warning' | 'info', string>;
  problemCounts: (errors: number, warnings: number, infos: number) => string;
  // Words for values
  quoteStatuses: Record<string, string>;
  sessionStatuses: Record<string, string>;
  missionStatuses: Record<string, string>;
  kinds: Record<string, string>;
  /** A client's sales channel (the views' tooltips). */
  channel: string;
  channels: Record<string, string>;
  none: string;
  nothing: string;
  more: (n: number) => string;
  open: string;
}

const en: DashboardLabels = {
  title: 'Dashboard',
  asOf: (d) => `Figures as of ${d}`,
  period: 'Period',
  from: 'From',
  to: 'To',
  programme: 'Programme',
  client: 'Client',
  all: 'All',
  periods: {
    all: 'All time',
    month: 'This month',
    quarter: 'This quarter',
    year: 'This year',
    last12: 'Last 12 months',
    custom: 'Custom',
  },
  reset: 'Reset filters',
  filterNote:
    'The period applies to quotes (by date, acceptances by date of acceptance) and to attendance; missions, the next 30 days and the to-dos are about today.',
  quotes: 'Quotes',
  missions: 'Missions',
  sessions: 'Sessions',
  todos: 'To do this week',
  problems: 'Problems',
  status: 'Status',
  byStatus: 'By status',
  count: 'Count',
  ht: 'excl. VAT',
  ttc: 'incl. VAT',
  conversion: 'Conversion rate',
  conversionDetail: (a, d) => `${a} accepted of ${d} decided`,
  acceptedByMonth: 'Value accepted per month',
  byChannel: 'Revenue per sales channel',
  byChannelHint: 'Quotes accepted in the period, excluding tax; recurring parts apart.',
  channelColumn: 'Channel',
  gross: 'Gross',
  commission: 'Commission',
  net: 'Net',
  channelNames: {
    catalogue: 'Catalogue',
    marketplace: 'Marketplace',
    direct: 'Direct',
    partner: 'Partner',
    none: 'No channel',
    total: 'Total',
  },
  month: 'Month',
  expiring: 'Quotes expiring soon',
  validUntil: 'Valid until',
  daysLeft: (n) =>
    n < 0
      ? `ended ${plural('en', -n, 'day', 'days')} ago`
      : n === 0
        ? 'ends today'
        : `${plural('en', n, 'day', 'days')} left`,
  quoteList: 'Quotes of the period',
  number: 'Number',
  date: 'Date',
  perPeriod: { week: 'week', month: 'month' },
  mission: 'Mission',
  ordered: 'Ordered',
  planned: 'Planned',
  done: 'Done',
  byKind: 'By session kind',
  kind: 'Kind',
  retributions: 'Retributions to request',
  retributionNow: 'can be requested now',
  retributionFrom: (d) => `next request from ${d} (one per month)`,
  readyToClose: 'Missions ready to close',
  sessionsCount: (n) => plural('en', n, 'session', 'sessions'),
  upcoming: 'Next 30 days',
  days: 'Days',
  participants: 'Participants',
  capacity: 'Capacity',
  fillRate: 'Fill rate',
  attendance: 'Attendance per session',
  attendanceRate: 'Attendance',
  attendanceByProgramme: 'Attendance per programme',
  presentOfRecorded: (p, r) => `${p} present of ${r} recorded`,
  pastPlanned: 'Past sessions still planned',
  lastDay: 'Last day',
  due: 'Due',
  overdue: 'overdue',
  todoKinds: {
    'activity-check': 'Check the group activity',
    'follow-up-mail': 'Send the follow-up mail',
    'learners-list': 'Collect the learners list',
    'purge-personal-data': "Purge learners' personal data",
    'retribution-request': 'Request retributions',
    'mission-close': 'Close the mission',
    'session-past-planned': 'Past session still planned',
    'directory-check': 'Send the yearly personal-details check',
    convocation: 'Send the convocation and positioning test',
    'satisfaction-survey': 'Send the satisfaction questionnaire',
    certificates: 'Issue the attendance certificates',
    'closing-webinar': 'Plan the closing webinar',
  },
  file: 'File',
  line: 'Line',
  severity: 'Severity',
  diagnosticCode: 'Code',
  message: 'Message',
  severities: { error: 'error', warning: 'warning', info: 'info' },
  problemCounts: (e, w, i) =>
    `${plural('en', e, 'error', 'errors')}, ${plural('en', w, 'warning', 'warnings')}, ${plural('en', i, 'info', 'infos')}`,
  quoteStatuses: {
    draft: 'draft',
    validated: 'validated',
    sent: 'sent',
    accepted: 'accepted',
    refused: 'refused',
    expired: 'expired',
  },
  sessionStatuses: { planned: 'planned', launched: 'launched', done: 'done', cancelled: 'cancelled' },
  missionStatuses: { open: 'open', closed: 'closed' },
  channel: 'Sales channel',
  channels: { catalogue: 'catalogue', marketplace: 'marketplace', direct: 'direct', partner: 'partner' },
  kinds: {
    workshop: 'workshop',
    'training-day': 'training day',
    'welcome-webinar': 'welcome webinar',
    'follow-up-webinar': 'follow-up webinar',
    'closing-webinar': 'closing webinar',
  },
  none: '—',
  nothing: 'Nothing here.',
  more: (n) => `and ${n} more`,
  open: 'Open',
};

const fr: DashboardLabels = {
  title: 'Tableau de bord',
  asOf: (d) => `Chiffres au ${d}`,
  period: 'Période',
  from: 'Du',
  to: 'Au',
  programme: 'Parcours',
  client: 'Client',
  all: 'Tous',
  periods: {
    all: 'Depuis le début',
    month: 'Ce mois-ci',
    quarter: 'Ce trimestre',
    year: 'Cette année',
    last12: '12 derniers mois',
    custom: 'Personnalisée',
  },
  reset: 'Effacer les filtres',
  filterNote:
    "La période s'applique aux devis (par date, les acceptations par date d'acceptation) et aux présences ; les missions, les 30 prochains jours et les tâches portent sur aujourd'hui.",
  quotes: 'Devis',
  missions: 'Missions',
  sessions: 'Sessions',
  todos: 'À faire cette semaine',
  problems: 'Problèmes',
  status: 'Statut',
  byStatus: 'Par statut',
  count: 'Nombre',
  ht: 'HT',
  ttc: 'TTC',
  conversion: 'Taux de transformation',
  conversionDetail: (a, d) => `${plural('fr', a, 'accepté', 'acceptés')} sur ${plural('fr', d, 'tranché', 'tranchés')}`,
  acceptedByMonth: 'Montant accepté par mois',
  byChannel: 'Chiffre d’affaires par canal de vente',
  byChannelHint: 'Devis acceptés sur la période, hors taxes ; les parts récurrentes à part.',
  channelColumn: 'Canal',
  gross: 'Brut',
  commission: 'Commission',
  net: 'Net',
  channelNames: {
    catalogue: 'Catalogue',
    marketplace: 'Place de marché',
    direct: 'Direct',
    partner: 'Partenaire',
    none: 'Sans canal',
    total: 'Total',
  },
  month: 'Mois',
  expiring: 'Devis bientôt expirés',
  validUntil: "Valable jusqu'au",
  daysLeft: (n) =>
    n < 0
      ? `expiré depuis ${plural('fr', -n, 'jour', 'jours')}`
      : n === 0
        ? "expire aujourd'hui"
        : `encore ${plural('fr', n, 'jour', 'jours')}`,
  quoteList: 'Devis de la période',
  number: 'Numéro',
  date: 'Date',
  perPeriod: { week: 'semaine', month: 'mois' },
  mission: 'Mission',
  ordered: 'Commandé',
  planned: 'Planifié',
  done: 'Réalisé',
  byKind: 'Par type de session',
  kind: 'Type',
  retributions: 'Rétributions à demander',
  retributionNow: 'à demander maintenant',
  retributionFrom: (d) => `prochaine demande à partir du ${d} (une par mois)`,
  readyToClose: 'Missions prêtes à clôturer',
  sessionsCount: (n) => plural('fr', n, 'session', 'sessions'),
  upcoming: '30 prochains jours',
  days: 'Dates',
  participants: 'Participant·es',
  capacity: 'Capacité',
  fillRate: 'Remplissage',
  attendance: 'Présence par session',
  attendanceRate: 'Présence',
  attendanceByProgramme: 'Présence par parcours',
  presentOfRecorded: (p, r) =>
    `${plural('fr', p, 'présence', 'présences')} sur ${plural('fr', r, 'relevée', 'relevées')}`,
  pastPlanned: 'Sessions passées encore planifiées',
  lastDay: 'Dernier jour',
  due: 'Échéance',
  overdue: 'en retard',
  todoKinds: {
    'activity-check': "Vérifier l'activité du groupe",
    'follow-up-mail': 'Envoyer le courriel de relance',
    'learners-list': 'Récupérer la liste des apprenant·es',
    'purge-personal-data': 'Supprimer les données des apprenant·es',
    'retribution-request': 'Demander les rétributions',
    'mission-close': 'Clôturer la mission',
    'session-past-planned': 'Session passée encore planifiée',
    'directory-check': 'Envoyer la vérification annuelle des coordonnées',
    convocation: 'Envoyer la convocation et le test de positionnement',
    'satisfaction-survey': 'Envoyer le questionnaire de satisfaction',
    certificates: 'Établir les attestations de présence',
    'closing-webinar': 'Planifier le webinaire de clôture',
  },
  file: 'Fichier',
  line: 'Ligne',
  severity: 'Gravité',
  diagnosticCode: 'Code',
  message: 'Message',
  severities: { error: 'erreur', warning: 'avertissement', info: 'info' },
  problemCounts: (e, w, i) =>
    `${plural('fr', e, 'erreur', 'erreurs')}, ${plural('fr', w, 'avertissement', 'avertissements')}, ${plural('fr', i, 'info', 'infos')}`,
  quoteStatuses: {
    draft: 'brouillon',
    validated: 'validé',
    sent: 'envoyé',
    accepted: 'accepté',
    refused: 'refusé',
    expired: 'expiré',
  },
  sessionStatuses: { planned: 'planifiée', launched: 'lancée', done: 'réalisée', cancelled: 'annulée' },
  missionStatuses: { open: 'ouverte', closed: 'clôturée' },
  channel: 'Canal de vente',
  channels: { catalogue: 'catalogue', marketplace: 'place de marché', direct: 'direct', partner: 'partenaire' },
  kinds: {
    workshop: 'atelier',
    'training-day': 'journée de formation',
    'welcome-webinar': "webinaire d'accueil",
    'follow-up-webinar': "webinaire d'approfondissement",
    'closing-webinar': 'webinaire de clôture',
  },
  none: '—',
  nothing: 'Rien à signaler.',
  more: (n) => `et ${n} de plus`,
  open: 'Ouvrir',
};

export function dashboardLabels(locale: Locale): DashboardLabels {
  return locale === 'fr' ? fr : en;
}

/** Numbers as a reader of the locale writes them; the same in Node and in browsers (ICU). */
export interface Formats {
  money(amount: number): string;
  /** Whole units, for chart axes. */
  moneyRound(amount: number): string;
  /** A rate between 0 and 1 as a whole percentage; the "none" dash for null. */
  percent(rate: number | null): string;
  /** "2026-11" → "nov. 2026" / "Nov 2026". */
  month(month: string): string;
}

export function dashboardFormats(locale: Locale, currency: string): Formats {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  let moneyFormat: Intl.NumberFormat;
  try {
    moneyFormat = new Intl.NumberFormat(tag, { style: 'currency', currency: currency || 'EUR' });
  } catch {
    moneyFormat = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }); // a currency code Intl does not know
  }
  const round = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: moneyFormat.resolvedOptions().currency,
    maximumFractionDigits: 0,
  });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const monthFormat = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    money: (x) => moneyFormat.format(x),
    moneyRound: (x) => round.format(x),
    percent: (r) => (r === null ? '—' : pct.format(r)),
    month: (m) => (/^\d{4}-\d{2}$/.test(m) ? monthFormat.format(new Date(`${m}-01T00:00:00Z`)) : m),
  };
}
