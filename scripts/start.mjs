// `npm start`: the main job on the sample workspace. Opens it in VS Code with the extension
// loaded when a `code` command exists; otherwise runs the CLI on it and says where things are.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workspace = path.join(root, 'sample-workspace');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });

const build = run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
if (build.status !== 0) process.exit(build.status ?? 1);

const hasCode = !process.env.ATELIER_NO_VSCODE && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log(`Opening ${workspace} in VS Code with the Atelier extension loaded…`);
  const r = run('code', ['--extensionDevelopmentPath', root, workspace]);
  process.exit(r.status ?? 0);
}

console.log(`No VS Code command found: running the Atelier CLI on ${path.relative(process.cwd(), workspace) || '.'}\n`);
const atelier = (...args) => {
  console.log(`\n$ atelier ${args.join(' ')}`);
  return run(process.execPath, [path.join(root, 'bin', 'atelier.js'), ...args, '--workspace', workspace]);
};
const v = atelier('validate');
atelier('stats');
atelier('signin-sheet', '2027-01-12-formation-rouages-j3');
atelier('signin-sheet', '2026-03-12-atelier-lyon', '--duplicate');
atelier('certificates', '2026-03-12-atelier-lyon');
atelier('email', 'bienvenue-apres-achat', '--session', '2026-11-05-accueil-vallee-verte');
atelier('quote', 'd-2026-034-vallee-verte');
atelier('programme', 'outils-numeriques-ethiques');
console.log(`\nThe records are in ${workspace} (one Markdown file per record, grouped by folder);`);
console.log(
  `the documents above were written to ${path.join(workspace, 'generated')} (PDF sign-in sheet, certificates, devis and programme sheet, .eml drafts).`,
);
console.log(
  'Try a mistake: change a session\'s "kind" to "atelier" and run `npx atelier validate --workspace sample-workspace` again.',
);
process.exit(v.status ?? 1);
