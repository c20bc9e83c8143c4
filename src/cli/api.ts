/** The CLI as a function (dist/cli-api.js): the extension generates documents through it. */
export { cli, type CliIo } from './cli';
