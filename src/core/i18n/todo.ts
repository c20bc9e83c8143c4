/** What `atelier todo` says, in the workspace's language. */
import type { TodoKind } from '../figures/todos';
import type { Locale } from './messages';

/** Why a to-do is due, from its due day. */
type Why = Record<TodoKind, (due: string) => string>;

const whyEn: Why = {
  'activity-check': (due) => `A week after the welcome webinar (${due}): check that each group is active.`,
  'follow-up-mail': (due) => `Two weeks after the start (${due}): the mail that keeps the group active.`,
  'learners-list': () => 'The quote is accepted and its sessions have no learners yet.',
  'purge-personal-data': (due) => `Its retention period ended on ${due} (rule 8): remove the learners' personal data.`,
  'retribution-request': () => 'Sessions are over and their retributions are not requested yet (one request a month).',
  'mission-close': () => 'Every session is past and every retribution requested: the mission can be closed.',
  'session-past-planned': (due) => `Its last day (${due}) is past and it is still planned: say whether it took place.`,
  'directory-check': (due) =>
    `Every year, by ${due}: ask everyone in the directory to check their personal details (done once sent this year).`,
  convocation: (due) =>
    `Participants were added on ${due} or since, after the last convocation: send them the convocation and positioning test.`,
  'satisfaction-survey': (due) =>
    `The session ended (${due}): the satisfaction questionnaire is required for the quality label.`,
  certificates: (due) => `The session ended (${due}): each participant gets an attendance certificate.`,
  'closing-webinar': (due) =>
    `The mission's last sessions approach (two weeks from ${due}) and no closing webinar is planned.`,
};

const whyFr: Why = {
  'activity-check': (due) =>
    `Une semaine après le webinaire d'accueil (${due}) : vérifier que chaque groupe est actif.`,
  'follow-up-mail': (due) => `Deux semaines après le début (${due}) : le courriel qui garde le groupe actif.`,
  'learners-list': () => "Le devis est accepté et ses sessions n'ont pas encore d'apprenant·es.",
  'purge-personal-data': (due) =>
    `Sa durée de conservation a pris fin le ${due} (règle 8) : supprimer les données personnelles des apprenant·es.`,
  'retribution-request': () =>
    'Des sessions sont terminées et leurs rétributions pas encore demandées (une demande par mois).',
  'mission-close': () =>
    'Toutes les sessions sont passées et toutes les rétributions demandées : la mission peut être clôturée.',
  'session-past-planned': (due) =>
    `Son dernier jour (${due}) est passé et elle est encore planifiée : dire si elle a eu lieu.`,
  'directory-check': (due) =>
    `Chaque année, avant le ${due} : demander à tout l'annuaire de vérifier ses coordonnées (fait une fois envoyé cette année).`,
  convocation: (due) =>
    `Des participant·es ont été ajouté·es le ${due} ou depuis, après la dernière convocation : leur envoyer la convocation et le test de positionnement.`,
  'satisfaction-survey': (due) =>
    `La session est terminée (${due}) : le questionnaire de satisfaction est exigé par Qualiopi.`,
  certificates: (due) => `La session est terminée (${due}) : chaque participant·e reçoit son attestation de présence.`,
  'closing-webinar': (due) =>
    `Les dernières sessions de la mission approchent (deux semaines après le ${due}) et aucun webinaire de clôture n'est planifié.`,
};

const en = {
  none: 'Nothing to do this week.',
  heading: (count: number, overdue: number) =>
    `${count} to-do${count === 1 ? '' : 's'} this week${overdue ? `, ${overdue} overdue` : ''}:`,
  overdue: 'overdue',
  dismissWith: 'Dismiss one with: atelier todo done ID --reason "…"',
  dismissed: (id: string, file: string) => `${id} dismissed: recorded in ${file}.`,
  unknownTodo: (id: string) => `no to-do "${id}" this week: \`atelier todo\` lists their ids (KIND:RECORD_ID).`,
  needsReason: 'todo done needs --reason "…": why it is dismissed is kept in the record.',
  cannotEdit: (file: string) => `${file} could not be changed: its front matter has errors (see \`atelier validate\`).`,
  notWritten: (file: string, why: string) => `${file} could not be written (${why}): nothing was changed.`,
  why: whyEn,
  doWith: (command: string) => `do it: ${command}`,
};

export type TodoWords = typeof en;

const fr: TodoWords = {
  none: 'Rien à faire cette semaine.',
  heading: (count, overdue) =>
    `${count} tâche${count > 1 ? 's' : ''} cette semaine${overdue ? `, dont ${overdue} en retard` : ''} :`,
  overdue: 'en retard',
  dismissWith: 'Pour en écarter une : atelier todo done ID --reason "…"',
  dismissed: (id, file) => `${id} écartée : noté dans ${file}.`,
  unknownTodo: (id) => `aucune tâche « ${id} » cette semaine : \`atelier todo\` donne leurs identifiants (TYPE:FICHE).`,
  needsReason: 'todo done demande --reason "…" : la raison est gardée dans la fiche.',
  cannotEdit: (file) => `${file} n'a pas pu être modifiée : son en-tête a des erreurs (voir \`atelier validate\`).`,
  notWritten: (file, why) => `${file} n'a pas pu être écrite (${why}) : rien n'a été modifié.`,
  why: whyFr,
  doWith: (command) => `pour le faire : ${command}`,
};

export function todoWords(locale: Locale): TodoWords {
  return locale === 'fr' ? fr : en;
}
