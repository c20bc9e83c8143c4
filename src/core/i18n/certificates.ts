/**
 * The words of the certificat de réalisation (the Ministry of Labour's model funders pay on), of
 * the identity line every page of every PDF carries, and of the messages that go with them, in
 * French and English.
 */
import type { Locale } from './messages';

export type Nature = 'formation' | 'bilan' | 'vae' | 'apprentissage';
export type Mode = 'onsite' | 'remote' | 'mixed';

export interface CertificateWords {
  /** The line at the foot of every page: the organisation and its registration (absent parts left out). */
  identityLine(name: string, registration?: string, region?: string): string;
  /** What the identity line lacks (stderr), and the names of what can lack. */
  identityMissing(document: string, what: string): string;
  mention: Record<'name' | 'registration' | 'region', string>;
  /** Document names, for that message. */
  documentName: Record<'signinSheet' | 'certificate' | 'realisation', string>;

  realisation: string;
  /** The model's sentence, cut where the bold values go: text, value, text, value… */
  sentence(v: {
    representative: string;
    organisation: string;
    trainee: string;
    employer?: string;
    action: string;
    nature: string;
    from: string;
    to: string;
    hours: string;
  }): { text: string; bold?: boolean }[];
  nature: Record<Nature, string>;
  modeLabel: string;
  /** "Label : " / "Label: " before a value. */
  labelled(label: string): string;
  mode: Record<Mode, string>;
  sessionsLabel: string;
  hoursOf(hours: string, planned: string): string;
  doneAt(city: string, date: string): string;
  /** Blank to fill by hand when atelier.yaml lacks the value. */
  blank: string;
  stampBox: string;
  durationColumn: string;
  keepEvidence: string;
  provisional: string;
  provisionalNote: string;
  /** "16,5" / "16.5": hours as a decimal number. */
  decimal(hours: number): string;

  // Messages (stderr, refusals).
  incomplete(lines: readonly string[]): string;
  incompleteLine(name: string, slots: string): string;
  draftWritten(count: number): string;
  noRepresentative: string;
  natureMissing(programme: string): string;
  skipped(name: string, why: 'never' | 'none'): string;
  noneWritten: string;
  noCity: string;
  notAMission(id: string): string;
  emptyMission(id: string): string;
  sessionOrMission: string;
  draftOnlyRealisation: string;
}

const fr: CertificateWords = {
  identityLine: (name, reg, region) =>
    [
      name,
      reg
        ? `déclaration d'activité n° ${reg}${region ? ` enregistrée auprès du préfet de région ${region}` : ''}`
        : undefined,
    ]
      .filter(Boolean)
      .join(' — '),
  identityMissing: (doc, what) =>
    `${doc} : le pied de page ne porte pas ${what}. Complétez atelier.yaml (organisation, registration_number, legal:).`,
  mention: {
    name: "le nom de l'organisme",
    registration: "le numéro de déclaration d'activité",
    region: 'la région de la déclaration (legal.registration_region)',
  },
  documentName: {
    signinSheet: "Feuille d'émargement",
    certificate: 'Attestation de présence',
    realisation: 'Certificat de réalisation',
  },

  realisation: 'Certificat de réalisation',
  sentence: (v) => [
    { text: 'Je soussigné(e) ' },
    { text: v.representative, bold: true },
    { text: ', représentant légal du dispensateur de l’action concernée ' },
    { text: v.organisation, bold: true },
    { text: ', atteste que ' },
    { text: v.trainee, bold: true },
    ...(v.employer ? [{ text: ', salarié(e) de ' }, { text: v.employer, bold: true }] : []),
    { text: ', a suivi l’action ' },
    { text: v.action, bold: true },
    { text: ', nature de l’action : ' },
    { text: v.nature, bold: true },
    ...(v.from === v.to
      ? [{ text: ', qui s’est déroulée le ' }, { text: v.from, bold: true }]
      : [
          { text: ', qui s’est déroulée du ' },
          { text: v.from, bold: true },
          { text: ' au ' },
          { text: v.to, bold: true },
        ]),
    { text: ', pour une durée de ' },
    { text: `${v.hours} heures`, bold: true },
    { text: '.' },
  ],
  nature: {
    formation: 'action de formation',
    bilan: 'bilan de compétences',
    vae: 'action de VAE',
    apprentissage: 'action de formation par apprentissage',
  },
  modeLabel: 'Modalité de réalisation',
  labelled: (label) => `${label}\u00a0: `,
  mode: {
    onsite: 'en présentiel',
    remote: 'à distance (classe virtuelle)',
    mixed: 'mixte (en présentiel et à distance)',
  },
  sessionsLabel: 'Sessions',
  hoursOf: (h, p) => `${h} h suivies sur ${p} h prévues`,
  doneAt: (city, date) => `Fait à ${city}, le ${date}.`,
  blank: '…………………………',
  stampBox: 'Cachet et signature du responsable du dispensateur de l’action',
  durationColumn: 'Durée',
  keepEvidence:
    'Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je m’engage à conserver l’ensemble des pièces justificatives qui ont permis d’établir le présent certificat pendant une durée de 3 ans à compter de la fin de l’année du dernier paiement. En cas de cofinancement des fonds européens, la durée de conservation est étendue conformément aux obligations conventionnelles spécifiques.',
  provisional: 'PROVISOIRE',
  provisionalNote:
    'PROVISOIRE — l’émargement n’est pas complet : ce document ne vaut pas certificat de réalisation et ne peut pas être transmis à un financeur.',
  decimal: (h) => String(Math.round(h * 100) / 100).replace('.', ','),

  incomplete: (lines) =>
    `émargement incomplet, aucun certificat écrit :\n${lines.join('\n')}\nRenseignez la présence dans la session, ou ajoutez --draft pour des certificats marqués PROVISOIRE.`,
  incompleteLine: (name, slots) => `  ${name} : ${slots}`,
  draftWritten: (n) => `${n} certificat(s) PROVISOIRE(S) : émargement incomplet, à ne pas transmettre à un financeur.`,
  natureMissing: (p) =>
    `le programme « ${p} » n'a pas de champ nature : le certificat dit « action de formation ». Ajoutez nature: formation, bilan, vae ou apprentissage.`,
  skipped: (name, why) =>
    `${name} : pas de certificat (${why === 'never' ? 'jamais présent·e' : 'aucune présence enregistrée'}).`,
  noneWritten: "Aucun certificat écrit : personne n'a de présence enregistrée.",
  noRepresentative:
    'atelier.yaml ne nomme pas de représentant légal (legal.representative) : le certificat laisse le nom en blanc.',
  noCity: 'atelier.yaml ne donne pas de ville (legal.city) : « Fait à » reste en blanc.',
  notAMission: (id) =>
    `aucune fiche mission avec l'identifiant « ${id} » dans l'espace de travail (l'identifiant est le nom du fichier sans .md)`,
  emptyMission: (id) => `la mission « ${id} » n'a aucune session : aucun certificat à écrire`,
  sessionOrMission: 'indiquez soit un identifiant de session, soit --mission MISSION_ID (pas les deux)',
  draftOnlyRealisation:
    '--draft concerne le certificat de réalisation ; l’attestation de présence porte déjà « Non renseigné »',
};

const en: CertificateWords = {
  identityLine: (name, reg, region) =>
    [
      name,
      reg
        ? `training body registration no. ${reg}${region ? ` with the prefect of the ${region} region` : ''}`
        : undefined,
    ]
      .filter(Boolean)
      .join(' — '),
  identityMissing: (doc, what) =>
    `${doc}: the page footer lacks ${what}. Complete atelier.yaml (organisation, registration_number, legal:).`,
  mention: {
    name: "the organisation's name",
    registration: 'the training body registration number',
    region: 'the region of the registration (legal.registration_region)',
  },
  documentName: {
    signinSheet: 'Sign-in sheet',
    certificate: 'Certificate of attendance',
    realisation: 'Certificate of completion',
  },

  realisation: 'Certificate of completion',
  sentence: (v) => [
    { text: 'I, the undersigned ' },
    { text: v.representative, bold: true },
    { text: ', legal representative of the provider of the action concerned, ' },
    { text: v.organisation, bold: true },
    { text: ', certify that ' },
    { text: v.trainee, bold: true },
    ...(v.employer ? [{ text: ', employee of ' }, { text: v.employer, bold: true }] : []),
    { text: ', attended the action ' },
    { text: v.action, bold: true },
    { text: ', nature of the action: ' },
    { text: v.nature, bold: true },
    ...(v.from === v.to
      ? [{ text: ', which took place on ' }, { text: v.from, bold: true }]
      : [
          { text: ', which took place from ' },
          { text: v.from, bold: true },
          { text: ' to ' },
          { text: v.to, bold: true },
        ]),
    { text: ', for a duration of ' },
    { text: `${v.hours} hours`, bold: true },
    { text: '.' },
  ],
  nature: {
    formation: 'training action',
    bilan: 'skills assessment',
    vae: 'accreditation of prior experience (VAE)',
    apprentissage: 'apprenticeship training action',
  },
  modeLabel: 'Mode of delivery',
  labelled: (label) => `${label}: `,
  mode: { onsite: 'on site', remote: 'remote (virtual classroom)', mixed: 'mixed (on site and remote)' },
  sessionsLabel: 'Sessions',
  hoursOf: (h, p) => `${h} h attended out of ${p} h scheduled`,
  doneAt: (city, date) => `Done at ${city}, on ${date}.`,
  blank: '…………………………',
  stampBox: "Stamp and signature of the provider's representative",
  durationColumn: 'Duration',
  keepEvidence:
    'Without prejudice to the periods imposed by tax, accounting or commercial rules, I undertake to keep all the evidence on which this certificate is based for 3 years from the end of the year of the last payment. Where European funds co-finance the action, the period is extended according to their specific obligations.',
  provisional: 'DRAFT',
  provisionalNote:
    'DRAFT — attendance is not fully recorded: this is not a certificate of completion and must not be sent to a funder.',
  decimal: (h) => String(Math.round(h * 100) / 100),

  incomplete: (lines) =>
    `attendance not fully recorded, no certificate written:\n${lines.join('\n')}\nRecord the attendance in the session, or add --draft for certificates marked DRAFT.`,
  incompleteLine: (name, slots) => `  ${name}: ${slots}`,
  draftWritten: (n) => `${n} DRAFT certificate(s): attendance is incomplete, do not send them to a funder.`,
  natureMissing: (p) =>
    `programme "${p}" has no nature field: the certificate says "training action". Add nature: formation, bilan, vae or apprentissage.`,
  skipped: (name, why) => `${name}: no certificate (${why === 'never' ? 'never present' : 'no presence recorded'}).`,
  noneWritten: 'No certificate written: nobody has a recorded presence.',
  noRepresentative:
    'atelier.yaml names no legal representative (legal.representative): the certificate leaves the name blank.',
  noCity: 'atelier.yaml gives no city (legal.city): "Done at" is left blank.',
  notAMission: (id) => `no mission record with id "${id}" in the workspace (the id is the file name without .md)`,
  emptyMission: (id) => `mission "${id}" has no session: no certificate to write`,
  sessionOrMission: 'give either a session id or --mission MISSION_ID (not both)',
  draftOnlyRealisation:
    '--draft is for the certificate of completion; the certificate of attendance already says "Not recorded"',
};

const catalogues: Record<Locale, CertificateWords> = { fr, en };

export function certificateWords(locale: Locale): CertificateWords {
  return catalogues[locale] ?? fr;
}
