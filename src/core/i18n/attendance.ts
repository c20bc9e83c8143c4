/** What `atelier attendance` says and prints (the relevé de connexions), in the workspace's language. */
import type { Locale } from './messages';

const layoutNames = {
  zoom: 'Zoom (meeting participants report)',
  teams: 'Microsoft Teams (attendance report, in-meeting activities)',
  'teams-summary': 'Microsoft Teams (attendance report, participants)',
  bigbluebutton: 'BigBlueButton (learning dashboard, session data)',
};

const en = {
  layout: layoutNames,
  detected: (file: string, layout: string, n: number) => `${file}: ${layout}, ${n} connection${n === 1 ? '' : 's'}.`,
  unknownLayout: (file: string, found: string, expected: string) =>
    `${file} is not a participant report Atelier knows (first row: ${found || 'empty'}). Expected the columns of one of: ${expected}`,
  unreadableReport: (file: string, why: string) => `${file} cannot be read (${why}).`,
  notText: (file: string) => `${file} is not a text (CSV) file: export the participant report as CSV.`,
  unreadableRows: (file: string, lines: string) => `${file}: rows whose time cannot be read, left out: ${lines}.`,
  noSlotCovered: (file: string) =>
    `${file} has no connection during the session's slots (another meeting, or another day?): nothing was recorded.`,
  notCovered: (slot: string) => `${slot}: no connection in the report; its attendance is left as it was.`,
  participantLine: (name: string, slots: string) => `  ${name}: ${slots}`,
  slotResult: (slot: string, minutes: number, presence: string) => `${slot}: ${Math.round(minutes)} min, ${presence}`,
  notCoveredShort: ': not covered',
  facilitatorLine: (name: string, n: number) => `  ${name} (facilitator): ${n} connection${n === 1 ? '' : 's'}`,
  unmatchedTitle: (n: number) =>
    `${n} connection${n === 1 ? '' : 's'} match${n === 1 ? 'es' : ''} no participant (not counted; add the person to the session or check the name):`,
  unmatchedLine: (name: string, email: string, times: string, file: string, line: number) =>
    `  ${name}${email ? ` <${email}>` : ''} ${times} (${file}, line ${line})`,
  threshold: (share: number) => `Present when connected for at least ${Math.round(share * 100)} % of a slot.`,
  written: (path: string, n: number) => `${path}: attendance written for ${n} participant${n === 1 ? '' : 's'}.`,
  unchanged: (path: string) => `${path}: attendance already as the report gives it; nothing to write.`,
  dryRun: (path: string) => `--dry-run: ${path} is not written and the report is not kept.`,
  changedMeanwhile: (path: string) => `${path} changed while the import was prepared: nothing written; run it again.`,
  notWritten: (path: string, why: string) => `${path} could not be written (${why}): nothing changed.`,
  noReports: (id: string, cmd: string) => `No connection report is kept for session ${id}: import one first (${cmd}).`,
  notRemote: (id: string) => `Session ${id} has no slot with start and end times: connections cannot be counted.`,

  // The relevé de connexions (PDF).
  title: 'Connection log',
  subtitle: (session: string) => `Remote session: ${session}`,
  intro: (share: number) =>
    `Minutes connected within each slot, from the participant report(s) of the video-call service. A participant is present in a slot when connected for at least ${Math.round(share * 100)} % of it.`,
  participant: 'Participant',
  slot: 'Slot',
  firstConnection: 'First connection',
  lastDisconnection: 'Last disconnection',
  minutesConnected: 'Minutes connected',
  presence: 'Presence',
  sources: 'Source files',
  sourceLine: (file: string, layout: string) => `${file} — ${layout}`,
  checksum: (sum: string) => `SHA-256: ${sum}`,
  unmatchedHeading: 'Connections that match no participant (not counted)',
  facilitatorsHeading: 'Facilitators connected',
  none: '—',
};

export type AttendanceWords = typeof en;

const fr: AttendanceWords = {
  layout: {
    zoom: 'Zoom (rapport des participants à la réunion)',
    teams: 'Microsoft Teams (rapport de présence, activités pendant la réunion)',
    'teams-summary': 'Microsoft Teams (rapport de présence, participants)',
    bigbluebutton: 'BigBlueButton (tableau de bord d’apprentissage, données de session)',
  },
  detected: (file, layout, n) => `${file} : ${layout}, ${n} connexion${n > 1 ? 's' : ''}.`,
  unknownLayout: (file, found, expected) =>
    `${file} n’est pas un rapport de participants qu’Atelier connaît (première ligne : ${found || 'vide'}). Colonnes attendues, de l’un de : ${expected}`,
  unreadableReport: (file, why) => `${file} ne peut pas être lu (${why}).`,
  notText: (file) => `${file} n’est pas un fichier texte (CSV) : exportez le rapport des participants en CSV.`,
  unreadableRows: (file, lines) => `${file} : lignes dont l’heure est illisible, écartées : ${lines}.`,
  noSlotCovered: (file) =>
    `${file} n’a aucune connexion pendant les créneaux de la session (une autre réunion, un autre jour ?) : rien n’est enregistré.`,
  notCovered: (slot) => `${slot} : aucune connexion dans le rapport ; sa présence est laissée telle quelle.`,
  participantLine: (name, slots) => `  ${name} : ${slots}`,
  slotResult: (slot, minutes, presence) => `${slot} : ${Math.round(minutes)} min, ${presence}`,
  notCoveredShort: ' : non couvert',
  facilitatorLine: (name, n) => `  ${name} (animation) : ${n} connexion${n > 1 ? 's' : ''}`,
  unmatchedTitle: (n) =>
    `${n} connexion${n > 1 ? 's' : ''} ne correspond${n > 1 ? 'ent' : ''} à aucun·e participant·e (non comptée${n > 1 ? 's' : ''} ; ajoutez la personne à la session ou vérifiez le nom) :`,
  unmatchedLine: (name, email, times, file, line) =>
    `  ${name}${email ? ` <${email}>` : ''} ${times} (${file}, ligne ${line})`,
  threshold: (share) => `Présent·e si connecté·e au moins ${Math.round(share * 100)} % d’un créneau.`,
  written: (path, n) => `${path} : présences écrites pour ${n} participant·e${n > 1 ? 's' : ''}.`,
  unchanged: (path) => `${path} : présences déjà conformes au rapport ; rien à écrire.`,
  dryRun: (path) => `--dry-run : ${path} n’est pas écrit et le rapport n’est pas conservé.`,
  changedMeanwhile: (path) => `${path} a changé pendant la préparation de l’import : rien n’est écrit ; relancez-le.`,
  notWritten: (path, why) => `${path} n’a pas pu être écrit (${why}) : rien n’a changé.`,
  noReports: (id, cmd) =>
    `Aucun rapport de connexion n’est conservé pour la session ${id} : importez-en un d’abord (${cmd}).`,
  notRemote: (id) =>
    `La session ${id} n’a aucun créneau avec heures de début et de fin : les connexions ne peuvent pas être comptées.`,

  title: 'Relevé de connexions',
  subtitle: (session) => `Session à distance : ${session}`,
  intro: (share) =>
    `Minutes de connexion dans chaque créneau, d’après le ou les rapports de participants du service de visioconférence. Un·e participant·e est présent·e sur un créneau s’il ou elle y est connecté·e au moins ${Math.round(share * 100)} % du temps.`,
  participant: 'Participant·e',
  slot: 'Créneau',
  firstConnection: 'Première connexion',
  lastDisconnection: 'Dernière déconnexion',
  minutesConnected: 'Minutes connectées',
  presence: 'Présence',
  sources: 'Fichiers sources',
  sourceLine: (file, layout) => `${file} — ${layout}`,
  checksum: (sum) => `SHA-256 : ${sum}`,
  unmatchedHeading: 'Connexions sans participant·e correspondant·e (non comptées)',
  facilitatorsHeading: 'Animateur·ices connecté·es',
  none: '—',
};

export function attendanceWords(locale: Locale): AttendanceWords {
  return locale === 'fr' ? fr : en;
}
