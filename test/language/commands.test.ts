import * as assert from 'assert';
import { newId, newRecordPath, recordFile, slugify } from '../../src/core/commands/newRecords';
import { parseParticipants } from '../../src/core/commands/participants';
import { nextStatuses } from '../../src/core/commands/statusFlow';
import { analyzeRecordFile } from '../../src/core/analyze';
import { defaultConfig } from '../../src/core/config';

describe('command helpers', () => {
  it('reads pasted "Name <email>" lines, skipping duplicates and what does not fit', () => {
    const session = {
      capacity: 3,
      participants: [{ first_name: 'Anne', last_name: 'Durand', email: 'anne.durand@example.org' }],
    };
    const r = parseParticipants(
      'Léa Nguyễn <lea.nguyen@example.org>\nANNE.DURAND@example.org, Anne Durand\n\nJean-Marc De La Tour <jm@example.org>\nsans adresse\nZoé Ørsted <zoe@example.org>',
      session,
    );
    assert.deepStrictEqual(r.participants, [
      { first_name: 'Léa', last_name: 'Nguyễn', email: 'lea.nguyen@example.org' },
      { first_name: 'Jean-Marc', last_name: 'De La Tour', email: 'jm@example.org' },
    ]);
    assert.deepStrictEqual(
      r.rejected.map((x) => [x.line, x.reason]),
      [
        [2, 'unreadable'],
        [5, 'no-email'],
        [6, 'over-capacity'],
      ],
    );
  });

  it('reads CSV with a French header and quoted cells', () => {
    const r = parseParticipants(
      'Prénom;Nom;Courriel;Structure\nAnne;Durand;anne@example.org;"Asso ""Terre"" Vivante"\n',
      {},
    );
    assert.deepStrictEqual(r.participants, [
      { first_name: 'Anne', last_name: 'Durand', email: 'anne@example.org', organisation: 'Asso "Terre" Vivante' },
    ]);
  });

  it('offers only the next statuses', () => {
    assert.deepStrictEqual(nextStatuses('session', 'planned'), ['launched', 'cancelled']);
    assert.deepStrictEqual(nextStatuses('quote', 'sent'), ['accepted', 'refused', 'expired']);
    assert.deepStrictEqual(nextStatuses('mission', 'closed'), []);
  });

  it('makes ids from date and title, unique, and files that validate', () => {
    assert.strictEqual(slugify('Se réunir autrement — atelier « 1 » : Œuvre'), 'se-reunir-autrement-atelier-1-oeuvre');
    assert.strictEqual(newId('Atelier Lyon', '2026-03-12'), '2026-03-12-atelier-lyon');
    assert.strictEqual(
      newRecordPath('session', 'a', (id) => id === 'a' || id === 'a-2'),
      'sessions/a-3.md',
    );
    const text = recordFile({ type: 'programme', title: 'Titre: avec « deux-points »' });
    assert.deepStrictEqual(analyzeRecordFile('programmes/x.md', text, defaultConfig, '2026-11-23').diagnostics, []);
  });
});
