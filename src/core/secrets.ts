/** Warns on lines that look like credentials: real team files have held shared passwords. */

export interface SecretHit {
  start: number;
  end: number;
  word: string;
}

// A credential word (anywhere on the line: "Compte partagé : mot de passe : …"), then ":" or "=",
// then a value that is not a placeholder.
const SECRET =
  /^(?:[^\r\n]*?[^\p{L}\p{N}\r\n])?(password|passwd|pwd|mot de passe|mdp|token|api[_ -]?key)(?:[ \t]+[^\s:=]+){0,4}[ \t]*(?:\([^)]*\))?[ \t]*[:=][ \t]*(?!\{\{)(["']?)([^\s"'{}][^\r\n]*)$/gimu;

/** One cheap pass to skip the line-by-line search in the (usual) files without any such word. */
const ANY_WORD = /passw|pwd|mot de passe|mdp|token|api[_ -]?key/i;

export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  if (!ANY_WORD.test(text)) return hits;
  for (const m of text.matchAll(SECRET)) {
    const value = m[3].trim();
    if (!value || /^(?:null|~|""|''|-+|\.\.\.|x+|\*+)$/i.test(value)) continue;
    const end = m.index + m[0].replace(/\r$/, '').length;
    hits.push({ start: m.index + (m[0].length - m[0].trimStart().length), end, word: m[1].toLowerCase() });
  }
  return hits;
}
