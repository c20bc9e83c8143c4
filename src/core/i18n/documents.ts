/**
 * Every word printed on generated documents (sign-in sheets, certificates, emails) and every
 * message the document commands print, in French and English: the one place to translate them.
 */
import { recordWord, type Locale } from './messages';
import { counted, isOne } from './plural';

const enN = counted('en');
const frN = counted('fr');

export interface DocumentLabels {
  // Calendar words, kept here rather than asked from Intl so output is the same everywhere.
  weekdays: readonly string[];
  weekdaysShort: readonly string[];
  months: readonly string[];
  monthsShort: readonly string[];
  /** "12 mars 2026" / "12 March 2026", with the French "1er". */
  dayOfMonth(day: number): string;
  time(hours: number, minutes: number): string;
  timeRange: string;
  /** Joins the last two items of a list: " et " / " and ". */
  and: string;
  /** Separates days in a list of slots: " ; " / "; ". */
  listSeparator: string;
  duration(minutes: number): string;

  morning: string;
  afternoon: string;
  present: string;
  absent: string;
  excused: string;
  notRecorded: string;

  signinSheet: string;
  registrationNumber(n: string): string;
  programme: string;
  modules: string;
  session: string;
  dates: string;
  place: string;
  online: string;
  phone: string;
  accessCode: string;
  facilitators: string;
  group: string;
  groupOf(name: string): string;
  participantsCount(n: number): string;
  signHint: string;
  number: string;
  lastName: string;
  firstName: string;
  organisation: string;
  email: string;
  facilitator: string;
  facilitatorSignature: string;
  slotsPart(from: number, to: number, total: number): string;
  page(current: number, total: number): string;
  generated(date: string, path: string, at: string): string;
  commit(hash: string): string;
  uncommitted: string;
  notInGit: string;

  certificate: string;
  certifies(organisation: string, registration?: string): string;
  attended(name: string): string;
  trainingTitle: string;
  dayColumn: string;
  halfDayColumn: string;
  hoursColumn: string;
  attendanceColumn: string;
  timeAttended(attended: string, planned: string): string;
  issued(date: string): string;
  forOrganisation(organisation: string): string;
  signature: string;

  roles: Record<string, string>;
  // Messages of the document commands (stderr).
  skipped(name: string, reason: string): string;
  neverPresent: string;
  noAttendance: string;
  noCertificate: string;
  emptyValue(variable: string, count: number): string;
  noGroup(count: number, facilitator: string): string;
  missingGlyphs(chars: string, where: string): string;
  removedEarlier(count: number, dir: string): string;
  notDone(status: string): string;
  unrecorded(slots: string, names: string, count: number): string;
  noRecord(type: string, id: string): string;
  otherType(id: string, type: string, path: string, wanted: string): string;
  hasErrors(path: string, count: number): string;
  notFacilitator(id: string, session: string, facilitators: string): string;
  noRecipient(template: string, audience: string, why: NoRecipient): string;
  /** The session was purged (rule 8): its participants' addresses, or their names too, are gone. */
  purgedContacts(session: string, on: string): string;
  purgedNames(session: string, on: string): string;
  /** A template composed when it makes no sense (`when:`, a cancelled session); `--force` writes it anyway. */
  emailCancelled(template: string, session: string): string;
  emailTooLate(template: string, session: string, first: string): string;
  emailTooEarly(template: string, session: string, last: string): string;
  /** A template for a session's people, asked without `--session`. */
  emailNeedsSession(template: string, audience: string): string;
  /** The session file could not record the mails written (`sent:`); the mails are written. */
  sentNotRecorded(path: string, why: string): string;
  // Where documents may be written, and why a write failed (the CLI prints these on one line).
  outputOutside(output: string): string;
  symlink(path: string): string;
  notAFolder(path: string): string;
  isAFolder(path: string): string;
  /** `missing` are the file names not written, `total` how many the run meant to write. */
  notWritten(dir: string, why: string, missing: readonly string[], total: number): string;
  diskFull: string;
  notWritable: string;
}

/** Why a template has nobody to write to for a session. */
export type NoRecipient =
  | { kind: 'no-contacts'; client: string }
  | { kind: 'no-client'; session: string }
  | { kind: 'nobody'; session: string }
  | { kind: 'empty-directory' };

/**
 * "de" before a name, elided before a vowel or a mute h: "d'Inès", "d'Hugo", "d'Yves", but
 * "de Yann" (a y before a vowel is a consonant) and "de Samir".
 */
export function frenchDe(name: string): string {
  const start = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return /^(?:[aeiouhœæ]|y(?![aeiou]))/.test(start) ? `d'${name}` : `de ${name}`;
}

const fr: DocumentLabels = {
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  weekdaysShort: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  monthsShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  dayOfMonth: (d) => (d === 1 ? '1er' : String(d)),
  time: (h, m) => (m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`),
  timeRange: ' – ',
  and: ' et ',
  listSeparator: ' ; ',
  duration: (min) => {
    const h = Math.floor(min / 60);
    const m = min % 60;
    if (!h) return `${m} min`;
    return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
  },

  morning: 'Matin',
  afternoon: 'Après-midi',
  present: 'Présent·e',
  absent: 'Absent·e',
  excused: 'Absence justifiée',
  notRecorded: 'Non renseigné',

  signinSheet: "Feuille d'émargement",
  registrationNumber: (n) => `Déclaration d'activité n° ${n}`,
  programme: 'Parcours',
  modules: 'Modules',
  session: 'Session',
  dates: 'Date(s)',
  place: 'Lieu',
  online: 'En ligne',
  phone: 'Téléphone',
  accessCode: "code d'accès",
  facilitators: 'Animation',
  group: 'Groupe',
  groupOf: (name) => `Groupe ${frenchDe(name)}`,
  participantsCount: (n) => `${n} participant·e${n > 1 ? 's' : ''}`,
  signHint:
    'Chaque participant·e signe pour chaque demi-journée suivie ; l’animateur·ice signe aussi chaque demi-journée.',
  number: 'N°',
  lastName: 'Nom',
  firstName: 'Prénom',
  organisation: 'Organisation',
  email: 'E-mail',
  facilitator: 'Animateur·ice',
  facilitatorSignature: "Signature de l'animation",
  slotsPart: (from, to, total) => `Créneaux ${from} à ${to} sur ${total}`,
  page: (c, t) => `page ${c} / ${t}`,
  generated: (date, path, at) => `Généré le ${date} depuis ${path} (${at})`,
  commit: (hash) => `commit ${hash}`,
  uncommitted: 'modifications non enregistrées dans git',
  notInGit: 'hors git',

  certificate: 'Attestation de présence',
  certifies: (org, reg) =>
    `${org}${reg ? `, organisme de formation enregistré sous le numéro de déclaration d'activité ${reg},` : ''} atteste que`,
  attended: () => 'a suivi la formation suivante :',
  trainingTitle: 'Formation',
  dayColumn: 'Date',
  halfDayColumn: 'Demi-journée',
  hoursColumn: 'Horaires',
  attendanceColumn: 'Présence',
  timeAttended: (a, p) => `Durée suivie : ${a} sur ${p} prévues.`,
  issued: (date) => `Fait le ${date}.`,
  forOrganisation: (org) => `Pour ${org},`,
  signature: 'Signature et cachet',

  roles: { facilitator: 'animateur·ice', coordinator: 'coordinateur·ice', 'client-contact': 'contact client' },
  skipped: (name, reason) => `${name} : pas d'attestation (${reason}).`,
  neverPresent: 'jamais présent·e',
  noAttendance: 'émargement non renseigné',
  noCertificate: "Aucune attestation écrite : personne n'a de présence enregistrée.",
  emptyValue: (v, n) =>
    `{{ ${v} }} n'a pas de valeur pour cette session : laissé vide dans ${frN(n, 'message', 'messages')}.`,
  noGroup: (n, f) =>
    `${frN(n, 'participant·e sans champ « group » ne figure pas', 'participant·es sans champ « group » ne figurent pas')} sur la feuille du groupe ${frenchDe(f)}.`,
  missingGlyphs: (chars, where) => `La police ne sait pas imprimer ${chars} (${where}) : ces caractères sortiront mal.`,
  removedEarlier: (n, dir) =>
    `${frN(n, "fichier d'une génération précédente supprimé", "fichiers d'une génération précédente supprimés")} de ${dir} : cette génération ne les écrit plus.`,
  notDone: (status) =>
    `La session est « ${status} », pas « done » : l'émargement n'est peut-être pas complet, vérifiez les attestations.`,
  unrecorded: (slots, names, n) =>
    `Émargement non renseigné (${slots}) pour ${names} : ${n > 1 ? 'leurs attestations portent' : 'son attestation porte'} « Non renseigné ».`,
  noRecord: (type, id) =>
    `aucune fiche ${recordWord('fr', type)} avec l'identifiant « ${id} » dans l'espace de travail (l'identifiant est le nom du fichier sans .md)`,
  otherType: (id, type, path, wanted) =>
    `« ${id} » est une fiche ${recordWord('fr', type)} (${path}), pas une fiche ${recordWord('fr', wanted)}`,
  hasErrors: (path, n) => `${path} a ${frN(n, 'erreur', 'erreurs')} : rien n'a été écrit.`,
  purgedContacts: (session, on) =>
    `Les coordonnées des participant·es de « ${session} » ont été purgées le ${on} (règle de conservation) : plus aucun e-mail ne peut leur être écrit.`,
  purgedNames: (session, on) =>
    `Les noms des participant·es de « ${session} » ont été purgés le ${on} (durée de preuve écoulée) : ce document ne peut plus être produit.`,
  emailCancelled: (t, s) =>
    `la session « ${s} » est annulée : le modèle « ${t} » n'a pas à lui être envoyé, rien n'a été écrit (--force pour l'écrire quand même).`,
  emailTooLate: (t, s, first) =>
    `le modèle « ${t} » s'envoie avant la session (when: before), mais « ${s} » a commencé le ${first} : rien n'a été écrit (--force pour l'écrire quand même).`,
  emailTooEarly: (t, s, last) =>
    `le modèle « ${t} » s'envoie après la session (when: after), mais « ${s} » se termine le ${last} : rien n'a été écrit (--force pour l'écrire quand même).`,
  emailNeedsSession: (t, audience) =>
    `le modèle « ${t} » (destinataires : ${audience}) s'écrit pour une session : indiquez --session SESSION_ID.`,
  sentNotRecorded: (p, why) =>
    `les e-mails sont écrits, mais ${p} n'a pas pu les noter dans « sent » (${why}) : ajoutez-les à la main.`,
  notFacilitator: (id, session, list) =>
    `« ${id} » n'anime pas la session « ${session} » (animation : ${list || 'personne'})`,
  noRecipient: (template, audience, why) =>
    `personne à qui écrire pour le modèle « ${template} » (destinataires : ${audience}) : ${
      why.kind === 'empty-directory'
        ? "aucune fiche person de l'annuaire n'a d'adresse e-mail"
        : why.kind === 'no-contacts'
          ? `le client « ${why.client} » n'a pas de contact`
          : why.kind === 'no-client'
            ? `la session « ${why.session} » n'a pas de mission avec un client`
            : `la session « ${why.session} » n'a ${audience === 'facilitators' ? "pas d'animateur·ice" : 'pas de participant·e'}`
    }`,
  outputOutside: (o) =>
    `le dossier de sortie « ${o} » d'atelier.yaml n'est pas un dossier de l'espace de travail : rien n'a été écrit. Indiquez un dossier à l'intérieur, par exemple output: generated.`,
  symlink: (p) =>
    `${p} est un lien symbolique : Atelier n'écrit jamais à travers un lien. Supprimez le lien, ou choisissez un autre dossier avec --out.`,
  notAFolder: (p) =>
    `${p} est un fichier, pas un dossier : rien n'a été écrit. Déplacez-le, ou indiquez un dossier avec --out.`,
  isAFolder: (p) => `${p} est un dossier : rien n'a été écrit. Indiquez un nom de fichier avec --out.`,
  notWritten: (dir, why, missing, total) =>
    !total
      ? `rien n'a été écrit dans ${dir} : ${why}.`
      : missing.length === total
        ? `${total > 1 ? `aucun des ${total} fichiers n'a été écrit` : "le fichier n'a pas été écrit"} dans ${dir} : ${why}.`
        : `${missing.length} ${isOne('fr', missing.length) ? 'fichier' : 'fichiers'} sur ${total} non ${isOne('fr', missing.length) ? 'écrit' : 'écrits'} dans ${dir} (${missing.join(', ')}) : ${why}.`,
  diskFull: "le disque est plein ; libérez de l'espace puis relancez la commande",
  notWritable:
    'écriture refusée (dossier en lecture seule ou sans permission) ; choisissez un autre dossier avec --out, ou rendez celui-ci accessible en écriture',
};

const en: DocumentLabels = {
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  dayOfMonth: (d) => String(d),
  time: (h, m) => `${h}:${String(m).padStart(2, '0')}`,
  timeRange: ' – ',
  and: ' and ',
  listSeparator: '; ',
  duration: (min) => {
    const h = Math.floor(min / 60);
    const m = min % 60;
    const hours = h === 1 ? '1 hour' : `${h} hours`;
    if (!h) return `${m} minutes`;
    return m ? `${hours} ${m} minutes` : hours;
  },

  morning: 'Morning',
  afternoon: 'Afternoon',
  present: 'Present',
  absent: 'Absent',
  excused: 'Excused',
  notRecorded: 'Not recorded',

  signinSheet: 'Sign-in sheet',
  registrationNumber: (n) => `Training body registration number ${n}`,
  programme: 'Programme',
  modules: 'Modules',
  session: 'Session',
  dates: 'Date(s)',
  place: 'Place',
  online: 'Online',
  phone: 'Phone',
  accessCode: 'access code',
  facilitators: 'Facilitators',
  group: 'Group',
  groupOf: (name) => `${name}'s group`,
  participantsCount: (n) => `${n} participant${n > 1 ? 's' : ''}`,
  signHint: 'Each participant signs for every half-day attended; the facilitator signs every half-day too.',
  number: '#',
  lastName: 'Last name',
  firstName: 'First name',
  organisation: 'Organisation',
  email: 'Email',
  facilitator: 'Facilitator',
  facilitatorSignature: 'Facilitator signature',
  slotsPart: (from, to, total) => `Slots ${from} to ${to} of ${total}`,
  page: (c, t) => `page ${c} / ${t}`,
  generated: (date, path, at) => `Generated on ${date} from ${path} (${at})`,
  commit: (hash) => `commit ${hash}`,
  uncommitted: 'uncommitted changes',
  notInGit: 'not in git',

  certificate: 'Certificate of attendance',
  certifies: (org, reg) => `${org}${reg ? `, training body registered under number ${reg},` : ''} certifies that`,
  attended: () => 'attended the following training:',
  trainingTitle: 'Training',
  dayColumn: 'Date',
  halfDayColumn: 'Half-day',
  hoursColumn: 'Hours',
  attendanceColumn: 'Attendance',
  timeAttended: (a, p) => `Time attended: ${a} out of ${p} scheduled.`,
  issued: (date) => `Issued on ${date}.`,
  forOrganisation: (org) => `For ${org},`,
  signature: 'Signature and stamp',

  roles: { facilitator: 'facilitator', coordinator: 'coordinator', 'client-contact': 'client contact' },
  skipped: (name, reason) => `${name}: no certificate (${reason}).`,
  neverPresent: 'never present',
  noAttendance: 'attendance not recorded',
  noCertificate: 'No certificate written: nobody has a recorded presence.',
  emptyValue: (v, n) => `{{ ${v} }} has no value for this session: left empty in ${enN(n, 'message', 'messages')}.`,
  noGroup: (n, f) =>
    `${enN(n, 'participant without a "group" field is', 'participants without a "group" field are')} not on the sheet of ${f}'s group.`,
  missingGlyphs: (chars, where) => `The font cannot print ${chars} (${where}): these characters will come out wrong.`,
  removedEarlier: (n, dir) =>
    `Removed ${enN(n, 'file', 'files')} of an earlier run from ${dir}: this run does not write them again.`,
  notDone: (status) => `The session is "${status}", not "done": attendance may be incomplete, check the certificates.`,
  unrecorded: (slots, names, n) =>
    `Attendance not recorded (${slots}) for ${names}: ${n > 1 ? 'their certificates say' : 'the certificate says'} "Not recorded".`,
  noRecord: (type, id) =>
    `no ${recordWord('en', type)} with id "${id}" in the workspace (ids are file names without .md)`,
  otherType: (id, type, path, wanted) =>
    `"${id}" is a ${recordWord('en', type)} record (${path}), not a ${recordWord('en', wanted)}`,
  hasErrors: (path, n) => `${path} has ${enN(n, 'error', 'errors')}: nothing written.`,
  purgedContacts: (session, on) =>
    `The participants' contact data of "${session}" was purged on ${on} (retention rule): no email can be written to them any more.`,
  purgedNames: (session, on) =>
    `The participants' names of "${session}" were purged on ${on} (evidence period over): this document can no longer be made.`,
  emailCancelled: (t, s) =>
    `session "${s}" is cancelled: template "${t}" has no reason to be sent for it, nothing written (--force to write it anyway).`,
  emailTooLate: (t, s, first) =>
    `template "${t}" is sent before the session (when: before), but "${s}" started on ${first}: nothing written (--force to write it anyway).`,
  emailTooEarly: (t, s, last) =>
    `template "${t}" is sent after the session (when: after), but "${s}" ends on ${last}: nothing written (--force to write it anyway).`,
  emailNeedsSession: (t, audience) =>
    `template "${t}" (audience ${audience}) is written for a session: give --session SESSION_ID.`,
  sentNotRecorded: (p, why) =>
    `the emails are written, but ${p} could not record them in "sent" (${why}): add them by hand.`,
  notFacilitator: (id, session, list) =>
    `"${id}" is not a facilitator of session "${session}" (facilitators: ${list || 'none'})`,
  noRecipient: (template, audience, why) =>
    `no recipient for template "${template}" (audience ${audience}): ${
      why.kind === 'empty-directory'
        ? 'no person record of the directory has an email address'
        : why.kind === 'no-contacts'
          ? `client "${why.client}" lists no contacts`
          : why.kind === 'no-client'
            ? `session "${why.session}" has no mission with a client`
            : `session "${why.session}" has no ${audience}`
    }`,
  outputOutside: (o) =>
    `the output folder "${o}" of atelier.yaml is not a folder inside the workspace: nothing written. Set a folder inside it, e.g. output: generated.`,
  symlink: (p) =>
    `${p} is a symbolic link: Atelier never writes through a link. Remove the link, or choose another folder with --out.`,
  notAFolder: (p) => `${p} is a file, not a folder: nothing written. Move it away, or give a folder with --out.`,
  isAFolder: (p) => `${p} is a folder: nothing written. Give a file name with --out.`,
  notWritten: (dir, why, missing, total) =>
    !total
      ? `nothing written in ${dir}: ${why}.`
      : missing.length === total
        ? `${total > 1 ? `none of the ${total} files was written` : 'the file was not written'} in ${dir}: ${why}.`
        : `${missing.length} of ${total} files not written in ${dir} (${missing.join(', ')}): ${why}.`,
  diskFull: 'the disk is full; free some space and run the command again',
  notWritable:
    'writing is refused (a read-only folder, or no permission); choose another folder with --out, or make this one writable',
};

const catalogues: Record<Locale, DocumentLabels> = { fr, en };

export function documentLabels(locale: Locale): DocumentLabels {
  return catalogues[locale] ?? fr;
}
