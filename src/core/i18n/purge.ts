/** What `atelier purge` says, in the workspace's language. */
import type { Locale } from './messages';

const en = {
  nothing: 'Nothing to purge: no session is past its retention period.',
  wouldPurge: (n: number) => `${n} session${n === 1 ? '' : 's'} to purge (nothing written: --dry-run):`,
  purged: (n: number) => `${n} session${n === 1 ? '' : 's'} purged:`,
  stage: { contact: 'contact data', evidence: 'names too (evidence period over)' },
  line: (path: string, stage: string, due: string, participants: number, fields: string) =>
    `  ${path}  ${stage}, due ${due}: ${participants} participant${participants === 1 ? '' : 's'} (${fields})`,
  unreadable: (path: string) => `${path} left as it is: its front matter has errors (see \`atelier validate\`).`,
  changedMeanwhile: (path: string) => `${path} left as it is: it changed while the purge was prepared; run it again.`,
  notWritten: (path: string, why: string) =>
    `${path} could not be written (${why}): its data is still there; run the purge again.`,
  history: (file: string) =>
    [
      'The removed values are still in the git history (every earlier version of these files).',
      `Atelier never rewrites history; their list is in ${file} (outside the repository; delete it afterwards).`,
      'To remove them from the history too, commit this purge, then run in a fresh clone:',
      `  git filter-repo --replace-text "${file}"`,
      'This rewrites every commit: push with --force, and every clone (colleagues, CI, backups) must be replaced.',
    ].join('\n'),
};

export type PurgeWords = typeof en;

const fr: PurgeWords = {
  nothing: 'Rien à purger : aucune session n’a dépassé sa durée de conservation.',
  wouldPurge: (n) => `${n} session${n > 1 ? 's' : ''} à purger (rien n’est écrit : --dry-run) :`,
  purged: (n) => `${n} session${n > 1 ? 's' : ''} purgée${n > 1 ? 's' : ''} :`,
  stage: { contact: 'coordonnées', evidence: 'noms aussi (durée de preuve écoulée)' },
  line: (path, stage, due, participants, fields) =>
    `  ${path}  ${stage}, dû le ${due} : ${participants} participant·e${participants > 1 ? 's' : ''} (${fields})`,
  unreadable: (path) => `${path} laissée telle quelle : son en-tête a des erreurs (voir \`atelier validate\`).`,
  changedMeanwhile: (path) =>
    `${path} laissée telle quelle : elle a changé pendant la préparation de la purge ; relancez-la.`,
  notWritten: (path, why) =>
    `${path} n'a pas pu être écrite (${why}) : ses données sont encore là ; relancez la purge.`,
  history: (file) =>
    [
      'Les valeurs retirées sont encore dans l’historique git (toutes les versions antérieures de ces fichiers).',
      `Atelier ne réécrit jamais l’historique ; leur liste est dans ${file} (hors du dépôt ; supprimez-la ensuite).`,
      'Pour les retirer aussi de l’historique, commitez cette purge, puis lancez dans un clone neuf :',
      `  git filter-repo --replace-text "${file}"`,
      'Cela réécrit chaque commit : poussez avec --force, et chaque clone (collègues, CI, sauvegardes) doit être remplacé.',
    ].join('\n'),
};

export function purgeWords(locale: Locale): PurgeWords {
  return locale === 'fr' ? fr : en;
}
