// `npm run bench`: every benchmark in turn, each printing its figures against its goals. A missed goal
// does not stop the others (each figure is worth seeing); the exit status says whether any missed.
import { spawnSync } from 'node:child_process';

const steps = [
  ['--expose-gc', 'bench/run.mjs'],
  ['bench/documents.mjs'],
  ['bench/bigFiles.mjs'],
  ['bench/vscode.mjs'],
  ['bench/web.mjs'],
  ['bench/dashboard.mjs'],
];
const missed = [];
for (const args of steps) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) missed.push(`${args[args.length - 1]} (exit ${r.status ?? r.signal})`);
}
if (missed.length) console.log(`\nbench: goals missed or runs failed in ${missed.join(', ')}`);
process.exit(missed.length ? 1 : 0);
