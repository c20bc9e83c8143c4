/** Entry point of the bundled CLI (dist/cli.js). */
import { cli } from './cli';

cli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() }).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`atelier: unexpected failure: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
