/** The warning a document run gives when atelier.yaml lacks part of the identity line printed on every page. */
import type { WorkspaceConfig } from '../../core/config';
import { pageIdentity } from '../../core/documents/pageIdentity';
import { certificateWords } from '../../core/i18n/certificates';
import type { Run } from './run';

export function warnIdentity(
  run: Run,
  config: WorkspaceConfig,
  document: 'signinSheet' | 'certificate' | 'realisation',
): void {
  const { missing } = pageIdentity(config);
  const w = certificateWords(config.locale);
  if (missing.length) run.warn(w.identityMissing(w.documentName[document], missing.join(', ')));
}
