/** The programme sheet as a pdfmake document definition. */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentLabels } from '../i18n/documents';
import { a4Document, GREY } from './pdfParts';
import type { ProgrammeSheetView } from './programmeSheet';
import { heading, sellerBlock } from './salesPdfParts';
import { pageIdentity } from './pageIdentity';

export function programmeSheetPdf(v: ProgrammeSheetView, provenance: string): TDocumentDefinitions {
  const l = v.l;
  const content: Content[] = [
    sellerBlock(v.seller),
    { text: l.programmeSheet, fontSize: 10, color: GREY, margin: [0, 18, 0, 0] },
    { text: v.title, style: 'title', fontSize: 18 },
  ];
  if (v.objectives.length) content.push(heading(l.objectives), { ul: v.objectives, margin: [0, 0, 0, 2] });
  for (const s of v.sections.slice(0, 4)) content.push(heading(s.label), { text: s.value });
  if (v.modules.length) content.push(heading(l.modules), { ol: v.modules });
  for (const s of v.sections.slice(4)) content.push(heading(s.label), { text: s.value });
  content.push({ text: v.lastChange, italics: true, color: GREY, margin: [0, 18, 0, 0] });
  return a4Document(
    content,
    {
      orientation: 'portrait',
      provenance,
      identity: pageIdentity(v.config).line,
      title: `${l.programmeSheet} — ${v.title}`,
      language: v.config.locale,
      runningHeader: `${v.seller.name} — ${v.title}`,
    },
    documentLabels(v.config.locale),
  );
}
