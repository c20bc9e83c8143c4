/** What `atelier todo` says, in the workspace's language. */
import type { Locale } from './messages';

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
};

export function todoWords(locale: Locale): TodoWords {
  return locale === 'fr' ? fr : en;
}
