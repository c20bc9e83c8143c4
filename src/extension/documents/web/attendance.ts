/**
 * The connection-report import and the relevé de connexions, for the browser bundle
 * (scripts/browserBundle.mjs puts this file in place of src/node/documents/attendance.ts): they read
 * a CSV from the local disk and keep it with its checksum, which a web worker cannot do. The
 * commands are hidden in the browser (`atelier.desktop`); run from elsewhere, they say why.
 */
import type {
  AttendanceImportRequest,
  AttendanceImportResult,
  AttendanceReportRequest,
} from '../../../node/documents/attendance';
import type { DocumentContext, DocumentResult } from '../../../node/documents/types';

const desktopOnly = (ctx: DocumentContext) => ({
  status: 'refused' as const,
  refusal: {
    kind: 'usage' as const,
    message:
      ctx.workspace.config.locale === 'fr'
        ? "L'import d'un rapport de connexion lit un fichier de votre ordinateur : ouvrez le dépôt dans VS Code sur un ordinateur."
        : 'Importing a connection report reads a file from your computer: open the repository in VS Code on a computer.',
  },
  written: [],
  warnings: [],
});

export async function importAttendance(
  ctx: DocumentContext,
  _request: AttendanceImportRequest,
): Promise<AttendanceImportResult> {
  return desktopOnly(ctx) as AttendanceImportResult;
}

export async function connectionLog(ctx: DocumentContext, _request: AttendanceReportRequest): Promise<DocumentResult> {
  return desktopOnly(ctx);
}
