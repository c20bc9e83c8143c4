/** Entry point of the bundled CLI (dist/cli.js). */
import { usageWords } from '../core/i18n/cli';
import { cli } from './cli';

// `atelier … | head -2`: once the reader has gone, the command still finishes its work (every
// file written), it just stops printing; any other failure of stdout is still an error.
let readerGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  readerGone = true;
});

cli(process.argv.slice(2), {
  stdout: (t) => void (readerGone || process.stdout.write(t)),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
}).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(
      `atelier: ${usageWords.unexpectedFailure(e instanceof Error ? String(e.stack) : String(e))}\n`,
    );
    process.exitCode = 2;
  },
);
