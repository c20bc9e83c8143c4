/**
 * The seller's identity as every document prints it, from the `legal:` block of atelier.yaml (and
 * `organisation`, `registration_number`): one function, so the devis, the convention, the programme
 * sheet and later every document's header or footer say the same thing the same way.
 */
import type { WorkspaceConfig } from '../config';
import type { SalesLabels } from '../i18n/sales';

export interface SellerIdentity {
  /** The legal name (default: `organisation`). */
  name: string;
  /** The lines under the name, in print order: form, address, SIRET, VAT, registration, contact. */
  lines: string[];
  /** "représentée par Camille Martin, co-gérante", when a representative is set. */
  representedBy?: string;
  /** The mentions a sales document must carry that atelier.yaml does not give (labels, for a warning). */
  missing: string[];
}

export function sellerIdentity(config: WorkspaceConfig, l: SalesLabels): SellerIdentity {
  const legal = config.legal;
  const lines: string[] = [];
  const missing: string[] = [];
  const name = legal.name ?? config.organisation;
  if (!legal.name && !config.organisation) missing.push(l.mention.name);
  if (legal.form) lines.push(l.form(legal.form));
  const place = [legal.postcode, legal.city].filter(Boolean).join(' ');
  const address = [legal.address, place].filter(Boolean).join(', ');
  if (address) lines.push(address);
  if (!legal.address || !legal.city) missing.push(l.mention.address);
  if (legal.siret) lines.push(l.siret(legal.siret));
  else missing.push(l.mention.siret);
  if (legal.vat_exempt) lines.push(l.vatExempt);
  else if (legal.vat_number) lines.push(l.vatNumber(legal.vat_number));
  else missing.push(l.mention.vat);
  if (config.registration_number) lines.push(l.registration(config.registration_number, legal.registration_region));
  else missing.push(l.mention.registration);
  const contact = [legal.phone, legal.email, legal.website].filter(Boolean).join(' · ');
  if (contact) lines.push(contact);
  const rep = legal.representative;
  return { name, lines, representedBy: rep ? l.representedBy(rep.name, rep.title) : undefined, missing };
}

/** The payment-terms sentences (delay, penalties, recovery indemnity) and the terms atelier.yaml lacks. */
export function paymentTermLines(
  config: WorkspaceConfig,
  l: SalesLabels,
  money: (x: number) => string,
  rate: (r: number) => string,
): { lines: string[]; missing: string[] } {
  const t = config.payment_terms;
  const lines: string[] = [];
  const missing: string[] = [];
  if (t.days !== undefined) lines.push(l.paymentDays(t.days));
  else missing.push(l.mention.paymentDays);
  if (t.late_penalty_rate !== undefined) lines.push(l.penalties(rate(t.late_penalty_rate)));
  else missing.push(l.mention.penaltyRate);
  lines.push(l.recoveryFee(money(t.recovery_fee)));
  return { lines, missing };
}
