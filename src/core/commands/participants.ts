/**
 * Pasted participants: lines like `Anne Durand <anne.durand@example.org>` or CSV/TSV with a
 * header (first_name, last_name, email, organisation, function — French headers too).
 */
import { isObject, list, num, text, type Data } from '../records';
import { isEmail } from '../schema/formats';

export interface NewParticipant {
  first_name: string;
  last_name: string;
  email: string;
  organisation?: string;
  function?: string;
}

export interface ParsedParticipants {
  participants: NewParticipant[];
  /** Lines that could not be used, with why (1-based line numbers of the pasted text). */
  rejected: { line: number; text: string; reason: 'unreadable' | 'no-email' | 'duplicate' | 'over-capacity' }[];
}

const HEADERS: Record<string, keyof NewParticipant> = {
  first_name: 'first_name',
  firstname: 'first_name',
  prenom: 'first_name',
  prénom: 'first_name',
  'first name': 'first_name',
  last_name: 'last_name',
  lastname: 'last_name',
  nom: 'last_name',
  'last name': 'last_name',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  courriel: 'email',
  organisation: 'organisation',
  organization: 'organisation',
  structure: 'organisation',
  function: 'function',
  fonction: 'function',
  poste: 'function',
};

function splitRow(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && (cur === '' || quoted)) {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === sep && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/** Reads pasted text; checks duplicates against the session and within the paste, and the capacity. */
export function parseParticipants(pasted: string, session: Data): ParsedParticipants {
  const lines = pasted.split(/\r?\n/);
  const result: ParsedParticipants = { participants: [], rejected: [] };
  const known = new Set(
    list(session.participants)
      .map((p) => (isObject(p) ? text(p.email)?.toLowerCase() : undefined))
      .filter(Boolean),
  );
  const room = num(session.capacity) !== undefined ? num(session.capacity)! - known.size : Infinity;
  const first = lines.find((l) => l.trim()) ?? '';
  const sep = first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
  const headerCells = splitRow(first, sep).map((h) => HEADERS[h.toLowerCase()]);
  const isCsv = headerCells.includes('email');
  const start = isCsv ? lines.indexOf(first) + 1 : 0;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i];
    if (!raw.trim()) continue;
    let p: NewParticipant | undefined;
    if (isCsv) {
      const cells = splitRow(raw, sep);
      const row: Partial<NewParticipant> = {};
      headerCells.forEach((h, k) => h && cells[k] && (row[h] = cells[k]));
      p = row.email
        ? { first_name: row.first_name ?? '', last_name: row.last_name ?? '', ...row, email: row.email }
        : undefined;
    } else {
      const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(raw) ?? /^\s*(.*?)[\s,;]+(\S+@\S+)\s*$/.exec(raw);
      if (m) {
        const words = m[1].replace(/[",;]/g, ' ').trim().split(/\s+/).filter(Boolean);
        p = { first_name: words[0] ?? '', last_name: words.slice(1).join(' '), email: m[2].trim() };
      }
    }
    const reject = (reason: ParsedParticipants['rejected'][number]['reason']) =>
      result.rejected.push({ line: i + 1, text: raw.trim(), reason });
    if (!p) reject(/@/.test(raw) ? 'unreadable' : 'no-email');
    else if (!isEmail(p.email)) reject('no-email');
    else if (known.has(p.email.toLowerCase())) reject('duplicate');
    else if (result.participants.length >= room) reject('over-capacity');
    else {
      known.add(p.email.toLowerCase());
      result.participants.push(p);
    }
  }
  return result;
}
