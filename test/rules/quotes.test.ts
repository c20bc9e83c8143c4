import { baseFile, expectDiagnostics } from '../helpers/workspace';

const quote = baseFile('quotes/quote-a.md');

describe('rules 9 and 10: quotes', () => {
  it('rule 9: a typed total is an error on its key', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': quote.replace('lines:', '⟦rule.derived-total|total_ttc⟧: 1680\nlines:'),
    });
  });

  it('rule 9: a line total is an error too', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': quote.replace(
        '    unit_price: 140',
        '    unit_price: 140\n    ⟦rule.derived-total|total⟧: 1400',
      ),
    });
  });

  it('rule 9: a VAT rate other than 20 % after April 2020 is a warning', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': quote.replace(
        '    unit_price: 140',
        '    unit_price: 140\n    vat_rate: ⟦rule.vat-rate|0.055⟧',
      ),
    });
  });

  it('rule 10: an accepted quote without proof is an error on accepted', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': quote.replace(
        'accepted:\n  on: 2026-01-20\n  purchase_order: BC-1',
        '⟦rule.quote-proof|accepted⟧:\n  on: 2026-01-20',
      ),
    });
  });

  it('rule 10: a signature is proof enough', async () => {
    await expectDiagnostics({ 'quotes/quote-a.md': quote.replace('purchase_order: BC-1', 'signed_by: Marie Leroy') });
  });

  it('an accepted quote without acceptance at all misses the field', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': quote
        .replace('type: quote', '⟦schema.required|type⟧: quote')
        .replace('accepted:\n  on: 2026-01-20\n  purchase_order: BC-1\n', ''),
    });
  });

  it('needs both partners from validated on', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': quote.replace(
        'approvals: [coop-a, coop-b]',
        '⟦rule.quote-approvals|approvals⟧: [coop-a, Coop-A]',
      ),
    });
  });

  it('a draft needs no approval', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': quote
        .replace('status: accepted', 'status: draft')
        .replace('approvals: [coop-a, coop-b]\n', ''),
    });
  });

  it('validity ends after the quote date', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': quote
        .replace('valid_until: 2026-02-12', 'valid_until: ⟦rule.quote-validity|2026-01-01⟧')
        .replace('on: 2026-01-20', 'on: ⟦rule.quote-accepted-late|2026-01-20⟧'),
    });
  });
});
