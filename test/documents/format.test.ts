/** Dates, slots and file names as the documents write them (core, in-process). */
import * as assert from 'assert';
import { longDate, shortDate, timeRange } from '../../src/core/documents/dates';
import { addMonths } from '../../src/core/records';
import { slotsText } from '../../src/core/documents/email/view';
import { safeSegment, slug, uniqueNames } from '../../src/core/documents/fileNames';
import { halfDayOf, slotModels, type SessionModel } from '../../src/core/documents/sessionModel';
import { defaultConfig } from '../../src/core/config';
import { documentLabels, frenchDe } from '../../src/core/i18n/documents';

const fr = documentLabels('fr');
const en = documentLabels('en');

function session(slots: { date: string; start: string; end: string }[], locale: 'fr' | 'en' = 'fr'): SessionModel {
  return {
    id: 's',
    path: 'sessions/s.md',
    title: 'S',
    slots: slotModels({ slots }),
    facilitators: [],
    participants: [],
    config: { ...defaultConfig, locale },
  };
}

describe('document formatting', () => {
  it('writes dates and hours the French and the English way', () => {
    assert.strictEqual(longDate('2026-03-12', fr), 'jeudi 12 mars 2026');
    assert.strictEqual(longDate('2026-10-01', fr), 'jeudi 1er octobre 2026');
    assert.strictEqual(longDate('2026-03-12', en), 'Thursday 12 March 2026');
    assert.strictEqual(shortDate('2026-12-08', fr), 'mar. 8 déc. 2026');
    assert.strictEqual(timeRange('09:30', '12:30', fr), '9 h 30 – 12 h 30');
    assert.strictEqual(timeRange('14:00', '17:00', fr), '14 h – 17 h');
    assert.strictEqual(timeRange('14:00', '17:05', en), '14:00 – 17:05');
  });

  it('lists slots day by day: "jeudi 12 mars 2026, 9 h 30 – 12 h 30 et 14 h – 17 h"', () => {
    const s = session([
      { date: '2026-03-13', start: '09:00', end: '12:00' },
      { date: '2026-03-12', start: '14:00', end: '17:00' },
      { date: '2026-03-12', start: '09:30', end: '12:30' },
    ]);
    assert.strictEqual(
      slotsText(s, fr),
      'jeudi 12 mars 2026, 9 h 30 – 12 h 30 et 14 h – 17 h ; vendredi 13 mars 2026, 9 h – 12 h',
    );
    assert.strictEqual(
      slotsText(session([{ date: '2026-03-12', start: '09:30', end: '12:30' }], 'en'), en),
      'Thursday 12 March 2026, 9:30 – 12:30',
    );
    assert.deepStrictEqual(
      s.slots.map((x) => x.index),
      [2, 1, 0],
      'chronological, each keeping its index for attendance',
    );
  });

  it('calls a slot starting before 13:00 a morning', () => {
    assert.strictEqual(halfDayOf('12:59'), 'morning');
    assert.strictEqual(halfDayOf('13:00'), 'afternoon');
  });

  it('adds 6 months, clamped to the end of the month', () => {
    assert.strictEqual(addMonths('2026-06-18', 6), '2026-12-18');
    assert.strictEqual(addMonths('2026-08-31', 6), '2027-02-28');
    assert.strictEqual(addMonths('2027-08-31', 6), '2028-02-29');
  });

  it('elides "de" before a vowel or a mute h in French phrases built from a name', () => {
    assert.strictEqual(fr.groupOf('Inès Haddad'), "Groupe d'Inès Haddad");
    assert.strictEqual(fr.groupOf('Samir Vidal'), 'Groupe de Samir Vidal');
    assert.strictEqual(en.groupOf('Inès Haddad'), "Inès Haddad's group");
    assert.match(fr.noGroup(2, 'Ana Ribeiro'), /la feuille du groupe d'Ana Ribeiro\.$/);
    for (const [name, phrase] of [
      ['Anne', "d'Anne"],
      ['Élodie', "d'Élodie"],
      ['Hugo', "d'Hugo"],
      ['Œdipe', "d'Œdipe"],
      ['Yves', "d'Yves"],
      ['Yann', 'de Yann'],
      ['Léa Nguyễn', 'de Léa Nguyễn'],
      ['', 'de '],
    ]) {
      assert.strictEqual(frenchDe(name), phrase);
    }
  });

  it('makes file names of ASCII letters, digits and dashes only', () => {
    assert.strictEqual(slug('Nguyễn Lê Thị', 'x'), 'nguyen-le-thi');
    assert.strictEqual(slug('Ørsted Søren', 'x'), 'orsted-soren');
    assert.strictEqual(slug('../../etc/passwd', 'x'), 'etc-passwd');
    assert.strictEqual(slug('<img src=x onerror=alert(1)>', 'x'), 'img-src-x-onerror-alert-1');
    assert.strictEqual(slug('王小明', 'participant'), 'participant');
    assert.strictEqual(safeSegment('..'), 'record');
    assert.strictEqual(safeSegment('2026-03-12-atelier'), '2026-03-12-atelier');
    assert.deepStrictEqual(uniqueNames(['a', 'b', 'a']), ['a', 'b', 'a-2']);
  });
});
