/** The browser's e-mail drafts (no nodemailer in a web worker), read back with mailparser as a mail program would. */
import { strict as assert } from 'node:assert';
import { simpleParser } from 'mailparser';
import { emlOf } from '../../src/extension/documents/webEml';

const message = {
  from: 'Coopérative Les Rouages <contact@rouages.coop>',
  to: { name: 'Anne-Sophie Lefèvre-Dubois d’Hérouville', address: 'asld@example.org' },
  subject: 'Votre formation « Décider par consentement » : journée 3, le 12 janvier à Saint-Étienne',
  text: 'Bonjour Anne-Sophie,\n\nVoici le programme : 9 h – 17 h. À très vite !\n',
  html: '<p>Bonjour Anne-Sophie,</p><p>Voici le programme : <b>9 h – 17 h</b>. À très vite !</p>',
  fileStem: '01-lefevre-dubois-anne-sophie',
};

describe('e-mail drafts made in the browser (.eml)', () => {
  it('reads back with its sender, recipient, accented subject, both bodies and the draft mark', async () => {
    const eml = emlOf(message, new Date('2026-12-03T10:00:00Z'));
    const parsed = await simpleParser(Buffer.from(eml, 'utf8'));
    assert.equal(parsed.subject, message.subject);
    assert.deepEqual(parsed.from?.value, [{ name: 'Coopérative Les Rouages', address: 'contact@rouages.coop' }]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    assert.deepEqual(to?.value, [{ name: message.to.name, address: message.to.address }]);
    assert.equal(parsed.text, message.text);
    assert.match(String(parsed.html), /<b>9 h – 17 h<\/b>/);
    assert.equal(parsed.headers.get('x-unsent'), '1');
    assert.equal(parsed.date?.toISOString(), '2026-12-03T10:00:00.000Z');
  });

  it('keeps every header line within 78 characters', () => {
    const head = emlOf(message, new Date()).split('\r\n\r\n')[0];
    for (const line of head.split('\r\n')) assert.ok(line.length <= 78, `${line.length}: ${line}`);
  });
});
