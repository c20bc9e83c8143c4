/**
 * The words of the sign-in sheet that keep it from inviting late signatures (issue 12): the
 * strike-out instruction, the head counts, the duplicate mark, the remote mode, and why a sheet
 * is refused. The other words of the sheet are in documents.ts.
 */
import type { Locale } from './messages';

const en = {
  evening: 'Evening',
  strikeOut: 'Strike out empty boxes:',
  strikeOutHint:
    'at the end of each half-day, the facilitator strikes out every box left empty (absence, late arrival, early departure) before signing.',
  headCount: 'Number present:',
  headCountBlank: (total: number) => `…… / ${total}`,
  mode: 'Mode',
  remote: 'virtual classroom (remote)',
  hybrid: 'on site and virtual classroom (remote)',
  duplicate: (on: string) => `Duplicate issued on ${on}, after the session`,
  duplicateNote:
    'This duplicate shows neither the signatures nor the attendance recorded for the session: the original signed sheet is the evidence.',
  cancelled: (id: string) =>
    `the session "${id}" is cancelled: a cancelled session gets no sign-in sheet, so that nobody signs for a session that did not take place.`,
  past: (id: string, first: string) =>
    `the session "${id}" started on ${first}, before today: a sign-in sheet printed now would invite signatures after the fact. Use --duplicate for a copy marked as a duplicate issued after the session.`,
};

export type SheetWords = typeof en;

const fr: SheetWords = {
  evening: 'Soir',
  strikeOut: 'Barrer les cases vides :',
  strikeOutHint:
    'à la fin de chaque demi-journée, l’animateur·ice barre toute case restée vide (absence, arrivée tardive, départ anticipé) avant de signer.',
  headCount: 'Nombre de présents :',
  headCountBlank: (total) => `…… / ${total}`,
  mode: 'Modalité',
  remote: 'classe virtuelle (à distance)',
  hybrid: 'en présentiel et en classe virtuelle (à distance)',
  duplicate: (on) => `Duplicata édité le ${on} après la session`,
  duplicateNote:
    'Ce duplicata ne reproduit ni les signatures ni les présences enregistrées pour la session : la feuille originale signée fait foi.',
  cancelled: (id) =>
    `la session « ${id} » est annulée : une session annulée n'a pas de feuille d'émargement, pour que personne ne signe pour une session qui n'a pas eu lieu.`,
  past: (id, first) =>
    `la session « ${id} » a commencé le ${first}, avant aujourd'hui : une feuille imprimée maintenant inviterait à signer après coup. Avec --duplicate, vous obtenez une copie marquée comme duplicata édité après la session.`,
};

export function sheetWords(locale: Locale): SheetWords {
  return locale === 'fr' ? fr : en;
}
