/**
 * The sentences of the command line (src/cli): what `validate`, `stats` and `diff` print, in the
 * workspace's language (`Workspace.locale`), and the usage errors, in English.
 */
import { recordWord, type Locale } from './messages';
import { counted } from './plural';

const enN = counted('en');
const frN = counted('fr');

/** What the last line of `atelier validate --format text` counts. */
export interface ValidateCounts {
  files: number;
  records: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files with at least one diagnostic. */
  inFiles: number;
}

const en = {
  // atelier validate --format text: the summary line.
  summary: (c: ValidateCounts) =>
    `${enN(c.files, 'file', 'files')}, ${enN(c.records, 'record', 'records')}: ${enN(c.errors, 'error', 'errors')}, ${enN(c.warnings, 'warning', 'warnings')}, ${enN(c.infos, 'info', 'infos')} in ${enN(c.inFiles, 'file', 'files')}.`,
  // atelier stats
  /** Between a heading and its figures ("Conversion: 50 %"). */
  colon: ': ',
  noRecordWithId: (type: string, id: string) => `no ${recordWord('en', type)} with id "${id}"`,
  brokenFiles: (n: number) =>
    `${enN(n, 'file has', 'files have')} errors (see \`atelier validate\`): their figures may be missing or wrong.`,
  everyQuote: 'Every quote',
  sessionsHeading: 'Sessions (participants / capacity, attendance)',
  // atelier diff (Markdown); `rev` comes already in a code span.
  changesSince: (rev: string) => `changes since ${rev}`,
  noRecordChanged: 'No record changed.',
  line: 'line',
  layoutOnly: 'layout only',
  inOtherFiles: 'In other files:',
  diffTotals: (records: number, errors: number) =>
    `${enN(records, 'record', 'records')} changed, ${enN(errors, 'error', 'errors')}.`,
};

/** The words of the command line in one language; both languages have the same keys. */
export type CliWords = typeof en;

const fr: CliWords = {
  summary: (c) =>
    `${frN(c.files, 'fichier', 'fichiers')}, ${frN(c.records, 'fiche', 'fiches')} : ${frN(c.errors, 'erreur', 'erreurs')}, ${frN(c.warnings, 'avertissement', 'avertissements')}, ${frN(c.infos, 'info', 'infos')} dans ${frN(c.inFiles, 'fichier', 'fichiers')}.`,
  colon: ' : ',
  noRecordWithId: (type, id) => `aucune fiche ${recordWord('fr', type)} avec l'identifiant « ${id} »`,
  brokenFiles: (n) =>
    `${frN(n, 'fichier a', 'fichiers ont')} des erreurs (voir \`atelier validate\`) : leurs chiffres peuvent manquer ou être faux.`,
  everyQuote: 'Tous les devis',
  sessionsHeading: 'Sessions (inscrit·es / capacité, présence)',
  changesSince: (rev) => `modifications depuis ${rev}`,
  noRecordChanged: 'Aucune fiche modifiée.',
  line: 'ligne',
  layoutOnly: 'mise en forme seulement',
  inOtherFiles: 'Dans d’autres fichiers :',
  diffTotals: (records, errors) =>
    `${frN(records, 'fiche modifiée', 'fiches modifiées')}, ${frN(errors, 'erreur', 'erreurs')}.`,
};

export const cliCatalogues: Record<Locale, CliWords> = { fr, en };

export function cliWords(locale: Locale): CliWords {
  return cliCatalogues[locale];
}

/** "a", "a or b", "a, b or c". */
function orList(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words.join('');
}

/**
 * Usage errors, and what `hook` says: in English only, as today. They are given before the
 * workspace (hence its `locale`) is known, or without reading it at all, like the usage text.
 */
export const usageWords = {
  usage: `usage: atelier <command> [options]

commands:
  validate [--format text|json|github] [--base REV] [--staged]
                    validate every record; --base adds the rules that compare with
                    revision REV and git history; --staged checks what is staged
  diff REV [--format markdown|json]   what the change since REV does, record by record
  hook install|uninstall              a git pre-commit hook that validates staged files
  signin-sheet SESSION_ID [--format pdf|html] [--out FILE] [--facilitator ID] [--duplicate]
                    none for a cancelled session; a past one only as a marked --duplicate
  certificates (SESSION_ID | --mission MISSION_ID) [--draft] [--kind realisation|attestation] [--out DIR]
                    the certificat de réalisation per participant (a mission adds up its
                    sessions); incomplete attendance is refused unless --draft (PROVISOIRE);
                    --kind attestation: the attestation de présence of a session
  email TEMPLATE_ID --session SESSION_ID [--out DIR] [--force]
                    one .eml per recipient, recorded in the session's sent list;
                    --force writes a template out of its "when" or for a cancelled session;
                    a template with audience: directory needs no --session
  quote QUOTE_ID [--format pdf|html] [--out FILE] [--force]
                    the devis; a refused or expired quote only with --force
  convention QUOTE_ID [--out FILE] [--force]
                    the convention de formation of an accepted quote
  programme PROGRAMME_ID [--out FILE]   the programme sheet
  stats [--format text|json] [--from DATE] [--to DATE] [--programme ID] [--client ID]
  todo [--format text|json]           the reminders of this week, with their ids
  purge [--dry-run]                   remove personal data past its retention (atelier.yaml)
  attendance import SESSION_ID REPORT.csv [--dry-run]
                    attendance from a video-call participant report (Zoom, Teams, BigBlueButton)
  attendance report SESSION_ID [--out FILE]   the relevé de connexions PDF
  todo done KIND:RECORD_ID --reason TEXT   dismiss one (recorded in the record)

options for every command:
  --workspace DIR   the workspace folder (default: the current folder)
  --today DATE      work as if today were DATE (YYYY-MM-DD)
  --no-cache        do not read or write the analysis cache
  -h, --help        show this help
  --                every argument after it is an argument, not an option (an id beginning with -)
`,
  needsValue: (option: string) => `${option} needs a value`,
  attendanceUsage:
    'expected: attendance import SESSION_ID REPORT.csv [--dry-run] | attendance report SESSION_ID [--out FILE]',
  unknownOption: (option: string) => `unknown option ${option}`,
  unknownCommand: (command: string) => `unknown command "${command}"`,
  unknownFormat: (format: string, formats: readonly string[]) => `unknown format "${format}" (${orList(formats)})`,
  workspaceNotFound: (dir: string) => `workspace folder not found: ${dir}`,
  notAWorkspace: (dir: string) => `not an Atelier workspace: no atelier.yaml in ${dir}`,
  todayNotADate: (got: string) => `--today takes a real date YYYY-MM-DD (got "${got}")`,
  notADate: (option: string) => `${option} takes a real date YYYY-MM-DD`,
  emptyPeriod: (from: string, to: string) => `--from ${from} is after --to ${to}: the period would be empty`,
  validateNoArgument: (got: string) => `validate takes no argument (got "${got}")`,
  diffOneRevision: (count: number) => `diff takes one revision, got ${count}`,
  diffNeedsRevision: 'diff needs the revision to compare with, e.g. `atelier diff origin/main`',
  hookUsage: 'usage: atelier hook install|uninstall [--workspace DIR]',
  gitMissing: 'git is not installed (or not on the PATH).',
  notInGit: (dir: string) => `${dir} is not in a git repository: a pre-commit hook needs one (run \`git init\` first).`,
  noHook: (hooks: string) => `no pre-commit hook in ${hooks}`,
  hookNotOurs: (file: string) => `${file} was not written by Atelier: left as it is.`,
  /** `command` is the line to add to the existing hook. */
  hookExists: (file: string, command: string) =>
    `${file} already exists and was not written by Atelier: not replaced.\nTo run Atelier from it, add this line to it:\n  ${command}`,
  unexpectedFailure: (detail: string) => `unexpected failure: ${detail}`,
  certificatesTarget: 'certificates takes either a session id or --mission MISSION_ID (not both)',
  certificatesOneSession: (count: number) => `certificates takes one session id, got ${count}`,
  unknownKind: (kind: string) => `unknown --kind "${kind}" (realisation or attestation)`,
};
