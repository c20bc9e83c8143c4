/** One certificat de réalisation (the Ministry of Labour's model) as a pdfmake document definition. */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { WorkspaceConfig } from '../config';
import { certificateWords } from '../i18n/certificates';
import { documentLabels } from '../i18n/documents';
import { salesLabels } from '../i18n/sales';
import { plainDate, shortDate } from './dates';
import { pageIdentity } from './pageIdentity';
import { a4Document, thinGrid } from './pdfParts';
import { hoursOf, type RealisationPlan, type TraineeCertificate } from './realisation';
import { sellerBlock, signatureBox, statusMark } from './salesPdfParts';
import { sellerIdentity } from './seller';
import { fullName } from './sessionModel';

export interface RealisationInput {
  config: WorkspaceConfig;
  plan: RealisationPlan;
  certificate: TraineeCertificate;
  /** The day the certificate is made (YYYY-MM-DD). */
  issued: string;
  provenance: string;
  /** Attendance is incomplete and --draft was given: PROVISOIRE on every page. */
  draft: boolean;
}

function sessionsTable(c: TraineeCertificate, input: RealisationInput): Content {
  const w = certificateWords(input.config.locale);
  const l = documentLabels(input.config.locale);
  const head: TableCell[] = [l.session, l.dates, w.modeLabel, w.durationColumn].map((t) => ({
    text: t,
    style: 'tableHeader',
  }));
  const body: TableCell[][] = c.enrolments.map((e) => {
    const days = [...new Set(e.session.slots.map((s) => s.date))];
    const remote = !e.session.place && !!e.session.online;
    return [
      e.session.title,
      { text: days.map((d) => shortDate(d, l)).join('\n'), noWrap: true },
      remote ? w.mode.remote : w.mode.onsite,
      w.hoursOf(w.decimal(hoursOf(e.attendedMinutes)), w.decimal(hoursOf(e.plannedMinutes))),
    ];
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', 'auto', 'auto'], body: [head, ...body] },
    layout: thinGrid(),
    fontSize: 8.5,
    margin: [0, 4, 0, 10],
  };
}

export function realisationPdf(input: RealisationInput): TDocumentDefinitions {
  const { config: cfg, plan, certificate: c } = input;
  const w = certificateWords(cfg.locale);
  const l = documentLabels(cfg.locale);
  const seller = sellerIdentity(cfg, salesLabels(cfg.locale));
  const rep = cfg.legal.representative;
  const employer = c.trainee.organisation;
  const sentence = w.sentence({
    representative: rep?.name ?? w.blank,
    organisation: seller.name || w.blank,
    trainee: fullName(c.trainee),
    employer,
    action: plan.action,
    nature: w.nature[plan.nature],
    from: plainDate(c.first, l),
    to: plainDate(c.last, l),
    hours: w.decimal(hoursOf(c.attendedMinutes)),
  });
  const content: Content[] = [
    sellerBlock(seller),
    { text: w.realisation, style: 'title', alignment: 'center', fontSize: 22, margin: [0, 30, 0, 4] },
  ];
  if (input.draft) content.push(statusMark(w.provisionalNote));
  content.push(
    { text: sentence, fontSize: 11, lineHeight: 1.45, margin: [0, 22, 0, 12] },
    {
      text: [{ text: w.labelled(w.modeLabel) }, { text: w.mode[c.mode], bold: true }],
      fontSize: 10.5,
      margin: [0, 0, 0, 12],
    },
    { text: w.sessionsLabel, bold: true, color: '#555555' },
    sessionsTable(c, input),
    { text: w.doneAt(cfg.legal.city ?? w.blank, plainDate(input.issued, l)), fontSize: 10.5, margin: [0, 8, 0, 10] },
    {
      margin: [230, 0, 0, 0],
      stack: [signatureBox(w.stampBox, [[rep?.name ?? w.blank, rep?.title].filter(Boolean).join(', ')], 80)],
    },
    { text: w.keepEvidence, fontSize: 8, color: '#444444', margin: [0, 18, 0, 0] },
  );
  return a4Document(
    content,
    {
      orientation: 'portrait',
      provenance: input.provenance,
      identity: pageIdentity(cfg).line,
      mark: input.draft ? w.provisional : undefined,
      title: `${w.realisation} — ${fullName(c.trainee)}`,
      language: cfg.locale,
    },
    l,
  );
}
