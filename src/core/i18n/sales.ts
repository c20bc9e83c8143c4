/**
 * Every word of the sales documents (the devis, the convention de formation, the programme sheet)
 * and of the messages their commands print, in French and English.
 */
import { dashboardFormats } from './dashboard';
import type { Locale } from './messages';

export type Unit = 'hour' | 'day' | 'participant' | 'flat';
export type Period = 'week' | 'month';

export interface SalesLabels {
  // The seller's identity (legal: of atelier.yaml).
  form(form: string): string;
  siret(siret: string): string;
  vatNumber(n: string): string;
  vatExempt: string;
  registration(number: string, region?: string): string;
  representedBy(name: string, title?: string): string;
  /** Names of the identity mentions a document lacks (warnings). */
  mention: Record<'name' | 'address' | 'siret' | 'vat' | 'registration' | 'paymentDays' | 'penaltyRate', string>;

  // The devis.
  quote: string;
  quoteNumber(n: string): string;
  quoteDate: string;
  validUntil: string;
  client: string;
  clientVat(n: string): string;
  training: string;
  columns: {
    label: string;
    quantity: string;
    unit: string;
    people: string;
    unitPrice: string;
    vat: string;
    total: string;
  };
  unit(unit: string, quantity: number): string;
  oneOffLines: string;
  recurringLines(period: Period): string;
  perPeriod(period: Period): string;
  subtotal: string;
  discount: string;
  totalHt: string;
  vatAt(rate: string, base: string): string;
  totalVat: string;
  totalTtc: string;
  totalHtPer(period: Period): string;
  totalTtcPer(period: Period): string;
  /** "6 600,00 € HT + 2 450,00 € HT / semaine". */
  amountSummary(oneOff: string, recurring: { amount: string; period: Period }[]): string;
  /** "Montant : ", before the summary. */
  amount: string;
  paymentTerms: string;
  paymentDays(days: number): string;
  penalties(rate: string): string;
  recoveryFee(amount: string): string;
  notes: string;
  approval: string;
  approvalDate: string;
  approvalName: string;
  approvalSignature: string;
  /** The mark on a quote that is not (or no longer) a valid offer, by status. */
  statusMark(status: string): string;

  // The programme sheet.
  programmeSheet: string;
  objectives: string;
  audience: string;
  prerequisites: string;
  duration: string;
  hours(hours: number, perDay: number): string;
  format: string;
  formats: Record<string, string>;
  nature: string;
  natures: Record<string, string>;
  modules: string;
  methods: string;
  assessment: string;
  accessibility: string;
  price: string;
  pricePerParticipant(amount: string): string;
  pricePerDay(amount: string): string;
  maxParticipants(n: number): string;
  lastChange(date: string): string;
  notCommitted: string;
  programmeFields: Record<string, string>;

  // The convention.
  convention: string;
  conventionLaw: string;
  conventionNumber(quote: string): string;
  between: string;
  and: string;
  trainingBody: string;
  buyer: string;
  article(n: number, title: string): string;
  objectTitle: string;
  object(title: string, quote: string, accepted?: string): string;
  natureTitle: string;
  traineesLabel: string;
  trainees(n: number): string;
  datesPlanned: string;
  toBeAgreed: string;
  place: string;
  remote: string;
  meansTitle: string;
  certificateIssued: string;
  priceTitle: string;
  priceFromQuote(quote: string): string;
  paymentTitle: string;
  cancellationTitle: string;
  defaultCancellation: string;
  madeIn(city?: string): string;
  forTrainingBody: string;
  forBuyer: string;
  signatureHint: string;

  // Messages (stderr and the editor).
  missingMentions(document: string, mentions: string): string;
  refusedStatus(number: string, status: string): string;
  notAccepted(number: string, status: string): string;
  noProgramme(number: string): string;
  noClient(number: string): string;
  mismatch(where: string): string;
  /** Replaces the refusal's opening when --force writes the convention anyway. */
  forced: string;
  mismatchHours(a: string, ah: number, b: string, bh: number): string;
  mismatchPrice(line: string, unit: string, quoted: string, programme: string): string;
  programmeSide: string;
  quoteSide: string;
  sessionsSide(n: number): string;
  programmeIncomplete(fields: string): string;
  vatExemptWithVat(number: string): string;
}

const UNITS_FR: Record<string, [string, string]> = {
  hour: ['heure', 'heures'],
  day: ['jour', 'jours'],
  participant: ['participant·e', 'participant·es'],
  flat: ['forfait', 'forfaits'],
};
const UNITS_EN: Record<string, [string, string]> = {
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  participant: ['participant', 'participants'],
  flat: ['flat fee', 'flat fees'],
};

const fr: SalesLabels = {
  form: (f) => f,
  siret: (s) => `SIRET ${s}`,
  vatNumber: (n) => `N° TVA intracommunautaire ${n}`,
  vatExempt: 'TVA non applicable, article 261-4-4° a du CGI (formation professionnelle continue)',
  registration: (n, region) =>
    `Déclaration d'activité enregistrée sous le n° ${n}${region ? ` auprès du préfet de région ${region}` : ''} (cet enregistrement ne vaut pas agrément de l'État)`,
  representedBy: (name, title) => `représentée par ${name}${title ? `, ${title}` : ''}`,
  mention: {
    name: 'raison sociale',
    address: 'adresse du siège',
    siret: 'SIRET',
    vat: 'numéro de TVA ou mention d’exonération',
    registration: "numéro de déclaration d'activité",
    paymentDays: 'délai de paiement (payment_terms.days)',
    penaltyRate: 'taux des pénalités de retard (payment_terms.late_penalty_rate)',
  },

  quote: 'Devis',
  quoteNumber: (n) => `Devis n° ${n}`,
  quoteDate: 'Date du devis',
  validUntil: "Valable jusqu'au",
  client: 'Client',
  clientVat: (n) => `N° TVA intracommunautaire ${n}`,
  training: 'Formation',
  columns: {
    label: 'Désignation',
    quantity: 'Qté',
    unit: 'Unité',
    people: 'Pers.',
    unitPrice: 'PU HT',
    vat: 'TVA',
    total: 'Total HT',
  },
  unit: (u, q) => (UNITS_FR[u] ? UNITS_FR[u][q > 1 ? 1 : 0] : u),
  oneOffLines: 'Prestations ponctuelles',
  recurringLines: (p) => `Prestations récurrentes, par ${p === 'week' ? 'semaine' : 'mois'}`,
  perPeriod: (p) => (p === 'week' ? 'semaine' : 'mois'),
  subtotal: 'Sous-total HT',
  discount: 'Remise',
  totalHt: 'Total HT',
  vatAt: (rate, base) => `TVA ${rate} sur ${base} HT`,
  totalVat: 'Total TVA',
  totalTtc: 'Total TTC',
  totalHtPer: (p) => `Total HT par ${p === 'week' ? 'semaine' : 'mois'}`,
  totalTtcPer: (p) => `Total TTC par ${p === 'week' ? 'semaine' : 'mois'}`,
  amountSummary: (one, rec) =>
    [`${one} HT`, ...rec.map((r) => `${r.amount} HT / ${r.period === 'week' ? 'semaine' : 'mois'}`)].join(' + '),
  amount: 'Montant : ',
  paymentTerms: 'Conditions de paiement',
  paymentDays: (d) =>
    `Paiement à ${d} jours à compter de la date de la facture, par virement portant la référence de la facture.`,
  penalties: (r) => `Pénalités de retard : ${r} par an, exigibles dès le lendemain de l'échéance.`,
  recoveryFee: (a) =>
    `Indemnité forfaitaire pour frais de recouvrement due par tout professionnel en situation de retard de paiement : ${a} (article L441-10 du Code de commerce).`,
  notes: 'Notes',
  approval: 'Bon pour accord',
  approvalDate: 'Date :',
  approvalName: 'Nom et qualité du signataire :',
  approvalSignature: 'Signature et cachet, précédés de la mention manuscrite « Bon pour accord » :',
  statusMark: (s) =>
    s === 'draft'
      ? 'BROUILLON — devis non validé, ne pas envoyer'
      : s === 'refused'
        ? 'REFUSÉ — ce devis a été refusé'
        : s === 'expired'
          ? 'EXPIRÉ — ce devis n’est plus valable'
          : '',

  programmeSheet: 'Programme de formation',
  objectives: 'Objectifs pédagogiques',
  audience: 'Public',
  prerequisites: 'Prérequis',
  duration: 'Durée',
  hours: (h, perDay) => {
    const days = h / perDay;
    const n = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');
    return `${n(h)} heure${h > 1 ? 's' : ''} (${n(days)} jour${days > 1 ? 's' : ''} de ${n(perDay)} h)`;
  },
  format: 'Modalité',
  formats: { online: 'à distance', 'on-site': 'en présentiel', blended: 'mixte (à distance et en présentiel)' },
  nature: "Nature de l'action",
  natures: {
    formation: 'action de formation (article L6313-1 du Code du travail)',
    bilan: 'bilan de compétences (article L6313-1 du Code du travail)',
    vae: "action de validation des acquis de l'expérience (article L6313-1 du Code du travail)",
    apprentissage: 'action de formation par apprentissage (article L6313-1 du Code du travail)',
  },
  modules: 'Contenu',
  methods: 'Méthodes pédagogiques et moyens',
  assessment: "Modalités d'évaluation",
  accessibility: 'Accessibilité aux personnes en situation de handicap',
  price: 'Tarif',
  pricePerParticipant: (a) => `${a} HT par participant·e`,
  pricePerDay: (a) => `${a} HT par jour`,
  maxParticipants: (n) => `${n} participant·es au plus`,
  lastChange: (d) => `Programme mis à jour le ${d}`,
  notCommitted: 'Programme modifié depuis le dernier enregistrement dans git',
  programmeFields: {
    objectives: 'objectifs',
    audience: 'public',
    prerequisites: 'prérequis',
    hours: 'durée',
    modules: 'modules',
    methods: 'méthodes',
    assessment: 'évaluation',
    accessibility: 'accessibilité',
    price: 'tarif',
    nature: 'nature',
  },

  convention: 'Convention de formation professionnelle',
  conventionLaw: '(articles L6353-1 et L6353-2 du Code du travail)',
  conventionNumber: (q) => `Selon le devis n° ${q}`,
  between: 'Entre les soussignés :',
  and: 'et',
  trainingBody: "ci-après « l'organisme de formation »",
  buyer: 'ci-après « le client »',
  article: (n, t) => `Article ${n} — ${t}`,
  objectTitle: 'Objet',
  object: (t, q, on) =>
    `La présente convention a pour objet la réalisation de l'action « ${t} » par l'organisme de formation pour le client, selon le devis n° ${q}${on ? ` accepté le ${on}` : ''}.`,
  natureTitle: "Nature et caractéristiques de l'action",
  traineesLabel: 'Nombre de stagiaires',
  trainees: (n) => `${n} stagiaire${n > 1 ? 's' : ''}`,
  datesPlanned: 'Dates',
  toBeAgreed: 'à fixer d’un commun accord',
  place: 'Lieu',
  remote: 'À distance',
  meansTitle: "Moyens pédagogiques et modalités d'évaluation",
  certificateIssued:
    "À l'issue de l'action, un certificat de réalisation est remis à chaque stagiaire, avec les feuilles d'émargement sur demande.",
  priceTitle: 'Prix',
  priceFromQuote: (q) => `Le prix est celui du devis n° ${q} :`,
  paymentTitle: 'Modalités de paiement',
  cancellationTitle: 'Annulation, dédit et rétractation',
  defaultCancellation:
    "Le client dispose d'un délai de dix jours à compter de la signature pour se rétracter, par lettre recommandée avec accusé de réception (article L6353-5 du Code du travail). En cas d'annulation par le client moins de quinze jours avant le début de l'action, 30 % du prix restent dus à titre de dédit ; ce dédit n'est pas imputable sur les fonds de la formation professionnelle. En cas d'annulation par l'organisme de formation, les sommes versées sont remboursées. Seules les prestations effectivement réalisées sont facturées (article L6354-1 du Code du travail).",
  madeIn: (city) => `Fait en deux exemplaires${city ? `, à ${city}` : ''}, le`,
  forTrainingBody: "Pour l'organisme de formation",
  forBuyer: 'Pour le client',
  signatureHint: 'Nom, qualité, signature et cachet',

  missingMentions: (doc, m) => `${doc} sans : ${m}. Complétez atelier.yaml (legal:, payment_terms:).`,
  refusedStatus: (n, s) =>
    `le devis ${n} est « ${s} » : il n'est pas imprimé (--force pour l'imprimer quand même, marqué comme tel)`,
  notAccepted: (n, s) =>
    `le devis ${n} est « ${s} », pas « accepted » : une convention se fait d'un devis accepté (--force pour l'écrire quand même)`,
  noProgramme: (n) =>
    `le devis ${n} ne nomme pas de parcours (programme:) : la convention ne peut pas décrire l'action`,
  noClient: (n) => `le client du devis ${n} est introuvable`,
  mismatch: (w) =>
    `les heures ou le prix ne concordent pas, rien n'a été écrit (--force pour l'écrire quand même) :\n${w}`,
  forced: 'écrite malgré tout (--force) ; les heures ou le prix ne concordent pas :',
  mismatchHours: (a, ah, b, bh) => `  durée : ${a} ${fmtH(ah)}, ${b} ${fmtH(bh)}`,
  mismatchPrice: (line, unit, q, p) => `  prix de « ${line} » : ${q} par ${unit} dans le devis, ${p} dans le parcours`,
  programmeSide: 'le parcours dit',
  quoteSide: 'le devis dit',
  sessionsSide: (n) => `${n > 1 ? `les ${n} sessions planifiées font` : 'la session planifiée fait'}`,
  programmeIncomplete: (f) => `Fiche programme incomplète, il manque : ${f}.`,
  vatExemptWithVat: (n) =>
    `atelier.yaml dit legal.vat_exempt: true mais le devis ${n} a des lignes avec TVA : vérifiez les taux.`,
};

function fmtH(h: number): string {
  return `${String(Math.round(h * 100) / 100).replace('.', ',')} h`;
}

const en: SalesLabels = {
  form: (f) => f,
  siret: (s) => `SIRET ${s}`,
  vatNumber: (n) => `VAT number ${n}`,
  vatExempt: 'VAT not applicable, article 261-4-4° a of the French tax code (vocational training)',
  registration: (n, region) =>
    `Training body registered under number ${n}${region ? ` with the prefect of the ${region} region` : ''} (this registration is not a State approval)`,
  representedBy: (name, title) => `represented by ${name}${title ? `, ${title}` : ''}`,
  mention: {
    name: 'legal name',
    address: 'registered address',
    siret: 'SIRET',
    vat: 'VAT number or exemption mention',
    registration: 'training body registration number',
    paymentDays: 'payment delay (payment_terms.days)',
    penaltyRate: 'late-payment penalty rate (payment_terms.late_penalty_rate)',
  },

  quote: 'Quote',
  quoteNumber: (n) => `Quote no. ${n}`,
  quoteDate: 'Date',
  validUntil: 'Valid until',
  client: 'Client',
  clientVat: (n) => `VAT number ${n}`,
  training: 'Training',
  columns: {
    label: 'Description',
    quantity: 'Qty',
    unit: 'Unit',
    people: 'People',
    unitPrice: 'Unit price',
    vat: 'VAT',
    total: 'Total excl. VAT',
  },
  unit: (u, q) => (UNITS_EN[u] ? UNITS_EN[u][q > 1 ? 1 : 0] : u),
  oneOffLines: 'One-off services',
  recurringLines: (p) => `Recurring services, per ${p}`,
  perPeriod: (p) => p,
  subtotal: 'Subtotal excl. VAT',
  discount: 'Discount',
  totalHt: 'Total excl. VAT',
  vatAt: (rate, base) => `VAT ${rate} on ${base}`,
  totalVat: 'Total VAT',
  totalTtc: 'Total incl. VAT',
  totalHtPer: (p) => `Total excl. VAT per ${p}`,
  totalTtcPer: (p) => `Total incl. VAT per ${p}`,
  amountSummary: (one, rec) =>
    [`${one} excl. VAT`, ...rec.map((r) => `${r.amount} excl. VAT / ${r.period}`)].join(' + '),
  amount: 'Amount: ',
  paymentTerms: 'Payment terms',
  paymentDays: (d) => `Payment within ${d} days of the invoice date, by bank transfer quoting the invoice reference.`,
  penalties: (r) => `Late-payment penalties: ${r} a year, due from the day after the due date.`,
  recoveryFee: (a) =>
    `Fixed indemnity for recovery costs owed by any professional paying late: ${a} (article L441-10 of the French commercial code).`,
  notes: 'Notes',
  approval: 'Approved',
  approvalDate: 'Date:',
  approvalName: 'Name and title of the signatory:',
  approvalSignature: 'Signature and stamp, preceded by the handwritten words “Bon pour accord”:',
  statusMark: (s) =>
    s === 'draft'
      ? 'DRAFT (BROUILLON) — not validated, do not send'
      : s === 'refused'
        ? 'REFUSED — this quote was refused'
        : s === 'expired'
          ? 'EXPIRED — this quote is no longer valid'
          : '',

  programmeSheet: 'Training programme',
  objectives: 'Learning objectives',
  audience: 'Audience',
  prerequisites: 'Prerequisites',
  duration: 'Duration',
  hours: (h, perDay) => {
    const days = Math.round((h / perDay) * 100) / 100;
    return `${h} hour${h > 1 ? 's' : ''} (${days} day${days > 1 ? 's' : ''} of ${perDay} hours)`;
  },
  format: 'Format',
  formats: { online: 'online', 'on-site': 'on site', blended: 'blended (online and on site)' },
  nature: 'Nature of the action',
  natures: {
    formation: 'training action (article L6313-1 of the French labour code)',
    bilan: 'skills assessment (article L6313-1 of the French labour code)',
    vae: 'validation of prior experience (article L6313-1 of the French labour code)',
    apprentissage: 'apprenticeship training (article L6313-1 of the French labour code)',
  },
  modules: 'Content',
  methods: 'Teaching methods and means',
  assessment: 'Assessment',
  accessibility: 'Accessibility for people with disabilities',
  price: 'Price',
  pricePerParticipant: (a) => `${a} excl. VAT per participant`,
  pricePerDay: (a) => `${a} excl. VAT per day`,
  maxParticipants: (n) => `at most ${n} participants`,
  lastChange: (d) => `Programme last changed on ${d}`,
  notCommitted: 'Programme changed since it was last committed to git',
  programmeFields: {
    objectives: 'objectives',
    audience: 'audience',
    prerequisites: 'prerequisites',
    hours: 'duration',
    modules: 'modules',
    methods: 'methods',
    assessment: 'assessment',
    accessibility: 'accessibility',
    price: 'price',
    nature: 'nature',
  },

  convention: 'Vocational training agreement',
  conventionLaw: '(articles L6353-1 and L6353-2 of the French labour code)',
  conventionNumber: (q) => `Under quote no. ${q}`,
  between: 'Between:',
  and: 'and',
  trainingBody: 'hereafter “the training body”',
  buyer: 'hereafter “the client”',
  article: (n, t) => `Article ${n} — ${t}`,
  objectTitle: 'Object',
  object: (t, q, on) =>
    `This agreement covers the delivery of “${t}” by the training body for the client, under quote no. ${q}${on ? ` accepted on ${on}` : ''}.`,
  natureTitle: 'Nature and characteristics of the action',
  traineesLabel: 'Number of trainees',
  trainees: (n) => `${n} trainee${n > 1 ? 's' : ''}`,
  datesPlanned: 'Dates',
  toBeAgreed: 'to be agreed',
  place: 'Place',
  remote: 'Remote',
  meansTitle: 'Teaching means and assessment',
  certificateIssued:
    'At the end of the action, each trainee receives a certificate of completion; sign-in sheets on request.',
  priceTitle: 'Price',
  priceFromQuote: (q) => `The price is that of quote no. ${q}:`,
  paymentTitle: 'Payment',
  cancellationTitle: 'Cancellation and withdrawal',
  defaultCancellation:
    'The client may withdraw within ten days of signing, by registered letter (article L6353-5 of the French labour code). If the client cancels less than fifteen days before the action starts, 30 % of the price remains due as a forfeit, which cannot be paid from vocational training funds. If the training body cancels, sums paid are refunded. Only services actually delivered are invoiced (article L6354-1 of the French labour code).',
  madeIn: (city) => `Made in two copies${city ? `, in ${city}` : ''}, on`,
  forTrainingBody: 'For the training body',
  forBuyer: 'For the client',
  signatureHint: 'Name, title, signature and stamp',

  missingMentions: (doc, m) => `${doc} without: ${m}. Complete atelier.yaml (legal:, payment_terms:).`,
  refusedStatus: (n, s) => `quote ${n} is "${s}": it is not printed (--force prints it anyway, marked as such)`,
  notAccepted: (n, s) =>
    `quote ${n} is "${s}", not "accepted": a convention is made from an accepted quote (--force writes it anyway)`,
  noProgramme: (n) => `quote ${n} names no programme (programme:): the convention cannot describe the action`,
  noClient: (n) => `the client of quote ${n} cannot be found`,
  mismatch: (w) => `the hours or the price disagree, nothing written (--force writes it anyway):\n${w}`,
  forced: 'written anyway (--force); the hours or the price disagree:',
  mismatchHours: (a, ah, b, bh) => `  duration: ${a} ${ah} h, ${b} ${bh} h`,
  mismatchPrice: (line, unit, q, p) => `  price of "${line}": ${q} per ${unit} in the quote, ${p} in the programme`,
  programmeSide: 'the programme says',
  quoteSide: 'the quote says',
  sessionsSide: (n) => `${n > 1 ? `the ${n} planned sessions make` : 'the planned session makes'}`,
  programmeIncomplete: (f) => `Incomplete programme sheet: ${f} missing.`,
  vatExemptWithVat: (n) =>
    `atelier.yaml says legal.vat_exempt: true but quote ${n} has lines with VAT: check the rates.`,
};

export function salesLabels(locale: Locale): SalesLabels {
  return locale === 'en' ? en : fr;
}

export interface SalesFormats {
  money(amount: number): string;
  /** A unit price exactly as typed (up to 4 decimals), so quantity × unit price can be checked on the page. */
  unitPrice(amount: number): string;
  rate(rate: number): string;
  number(n: number): string;
}

/**
 * Money and rates as the workspace's language writes them (Intl.NumberFormat). The narrow no-break
 * space French uses between thousands is printed as a no-break space: the embedded font lacks it.
 */
export function salesFormats(locale: Locale, currency: string): SalesFormats {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const base = dashboardFormats(locale, currency);
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const currencyCode = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).resolvedOptions().currency;
  let exact: Intl.NumberFormat;
  try {
    exact = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: currency || currencyCode,
      maximumFractionDigits: 4,
    });
  } catch {
    exact = new Intl.NumberFormat(tag, { style: 'currency', currency: currencyCode, maximumFractionDigits: 4 });
  }
  const fix = (s: string) => s.replace(/\u202f/g, '\u00a0');
  return {
    money: (x) => fix(base.money(x)),
    unitPrice: (x) => fix(exact.format(x)),
    rate: (r) => fix(pct.format(r)),
    number: (n) => fix(num.format(n)),
  };
}
