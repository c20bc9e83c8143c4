/**
 * The devis's content, whatever it is printed to (PDF or HTML): the seller, the client, the lines
 * and the totals exactly as `printedQuote` computes them, the payment terms, the marks. Every
 * figure comes from the record: nothing is typed twice.
 */
import type { WorkspaceConfig } from '../config';
import { printedQuote, type PrintedGroup } from '../figures/quoteTotals';
import { salesFormats, salesLabels, type SalesFormats, type SalesLabels } from '../i18n/sales';
import { date, isObject, list, num, text, type Data } from '../records';
import { plainDate } from './dates';
import { documentLabels } from '../i18n/documents';
import type { RecordSource } from './sessionModel';
import { paymentTermLines, sellerIdentity, type SellerIdentity } from './seller';

export interface QuoteLineView {
  label: string;
  quantity: string;
  unit: string;
  people: string;
  unitPrice: string;
  rate: string;
  total: string;
}

export interface TotalRow {
  label: string;
  amount: string;
  /** A total the reader looks for (bold). */
  strong?: boolean;
}

export interface QuoteGroupView {
  title: string;
  lines: QuoteLineView[];
  totals: TotalRow[];
}

export interface QuoteView {
  config: WorkspaceConfig;
  l: SalesLabels;
  f: SalesFormats;
  seller: SellerIdentity;
  number: string;
  status: string;
  /** BROUILLON, REFUSÉ, EXPIRÉ: printed big on the page; empty for a quote that may be signed. */
  mark: string;
  details: { label: string; value: string }[];
  client: { name: string; lines: string[] };
  groups: QuoteGroupView[];
  /** "6 600,00 € HT + 2 450,00 € HT / semaine". */
  summary: string;
  payment: string[];
  vatExempt: boolean;
  notes?: string;
  /** Mentions atelier.yaml lacks: a warning, the document is written without them. */
  missing: string[];
}

/** The rows of a group's totals: subtotal and discount when there is one, HT, VAT per rate, VAT, TTC. */
function totalRows(g: PrintedGroup, f: SalesFormats, l: SalesLabels, period?: 'week' | 'month'): TotalRow[] {
  const rows: TotalRow[] = [];
  if (g.discount) {
    rows.push({ label: l.subtotal, amount: f.money(g.subtotal_ht) });
    rows.push({ label: l.discount, amount: f.money(-g.discount) });
  }
  rows.push({ label: period ? l.totalHtPer(period) : l.totalHt, amount: f.money(g.total_ht), strong: true });
  for (const r of g.by_rate) rows.push({ label: l.vatAt(f.rate(r.rate), f.money(r.base_ht)), amount: f.money(r.vat) });
  if (g.by_rate.length > 1) rows.push({ label: l.totalVat, amount: f.money(g.total_vat) });
  rows.push({ label: period ? l.totalTtcPer(period) : l.totalTtc, amount: f.money(g.total_ttc), strong: true });
  return rows;
}

function lineViews(quote: Data, g: PrintedGroup, cfg: WorkspaceConfig, f: SalesFormats, l: SalesLabels) {
  const raw = list(quote.lines);
  return g.lines.map((index, k): QuoteLineView => {
    const line = isObject(raw[index]) ? raw[index] : {};
    const quantity = num(line.quantity) ?? 0;
    return {
      label: text(line.label) ?? '',
      quantity: f.number(quantity),
      unit: l.unit(text(line.unit) ?? '', quantity),
      people: f.number(num(line.people) ?? 1),
      unitPrice: f.unitPrice(num(line.unit_price) ?? 0),
      rate: f.rate(num(line.vat_rate) ?? cfg.vat_rate),
      total: f.money(g.amounts[k]),
    };
  });
}

/** The devis of a quote record; undefined when there is no such quote. */
export function quoteView(source: RecordSource, id: string): QuoteView | undefined {
  const rec = source.record(id, 'quote');
  if (!rec) return undefined;
  const cfg = source.config;
  const l = salesLabels(cfg.locale);
  const dl = documentLabels(cfg.locale);
  const f = salesFormats(cfg.locale, cfg.currency);
  const q = rec.data;
  const printed = printedQuote(q, cfg.vat_rate);
  const seller = sellerIdentity(cfg, l);
  const terms = paymentTermLines(cfg, l, f.money, f.rate);

  const clientId = text(q.client);
  const client = clientId ? source.record(clientId, 'client')?.data : undefined;
  const clientLines = [text(client?.address), text(client?.vat_number) && l.clientVat(text(client?.vat_number) ?? '')];
  const programmeId = text(q.programme);
  const programme = programmeId ? source.record(programmeId, 'programme')?.data : undefined;

  const details: { label: string; value: string }[] = [];
  const day = date(q.date);
  if (day) details.push({ label: l.quoteDate, value: plainDate(day, dl) });
  const until = date(q.valid_until);
  if (until) details.push({ label: l.validUntil, value: plainDate(until, dl) });
  const title = text(programme?.title);
  if (title) details.push({ label: l.training, value: title });

  const groups: QuoteGroupView[] = [];
  if (printed.one_off.lines.length || !printed.recurring.length)
    groups.push({
      title: l.oneOffLines,
      lines: lineViews(q, printed.one_off, cfg, f, l),
      totals: totalRows(printed.one_off, f, l),
    });
  for (const r of printed.recurring)
    groups.push({
      title: l.recurringLines(r.period),
      lines: lineViews(q, r, cfg, f, l),
      totals: totalRows(r, f, l, r.period),
    });
  const status = text(q.status) ?? '';
  return {
    config: cfg,
    l,
    f,
    seller,
    number: text(q.number) ?? id,
    status,
    mark: l.statusMark(status),
    details,
    client: {
      name: text(client?.name) ?? clientId ?? '',
      lines: clientLines.filter((x): x is string => !!x),
    },
    groups,
    summary: l.amountSummary(
      f.money(printed.one_off.total_ht),
      printed.recurring.map((r) => ({ amount: f.money(r.total_ht), period: r.period })),
    ),
    payment: terms.lines,
    vatExempt: cfg.legal.vat_exempt,
    notes: text(q.notes)?.trim() || undefined,
    missing: [...seller.missing, ...terms.missing],
  };
}
