import { baseFile, expectDiagnostics } from '../helpers/workspace';

describe('rule 12: unique ids', () => {
  it('flags the same id in two folders, on both files', async () => {
    await expectDiagnostics({
      'people/fac-a.md': baseFile('people/fac-a.md').replace('type: person', '⟦id.duplicate|type⟧: person'),
      'archive/fac-a.md': '---\n⟦id.duplicate|type⟧: client\nname: Homonyme\n---\n',
    });
  });

  it('flags two quotes with the same number', async () => {
    await expectDiagnostics({
      'quotes/quote-a.md': baseFile('quotes/quote-a.md').replace(
        'number: D-2026-001',
        'number: ⟦quote.number-duplicate|D-2026-001⟧',
      ),
      'quotes/quote-b.md':
        '---\ntype: quote\nnumber: ⟦quote.number-duplicate|D-2026-001⟧\nclient: client-a\ndate: 2026-02-01\nstatus: draft\nlines:\n  - label: Atelier\n    quantity: 1\n    unit: day\n    unit_price: 1200\n---\n',
    });
  });
});
