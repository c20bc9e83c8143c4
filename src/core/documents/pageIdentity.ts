/**
 * The organisation and its registration as the foot of every page of every PDF prints them
 * (« déclaration d'activité n° … enregistrée auprès du préfet de région … »), and what
 * atelier.yaml lacks for that line (a warning on stderr; the document is still made).
 */
import type { WorkspaceConfig } from '../config';
import { certificateWords } from '../i18n/certificates';

export interface PageIdentity {
  line: string;
  /** What the line lacks, in words (empty when complete). */
  missing: string[];
}

export function pageIdentity(config: WorkspaceConfig): PageIdentity {
  const w = certificateWords(config.locale);
  const name = config.legal.name ?? config.organisation;
  const registration = config.registration_number;
  const region = config.legal.registration_region;
  const missing: string[] = [];
  if (!name) missing.push(w.mention.name);
  if (!registration) missing.push(w.mention.registration);
  else if (!region) missing.push(w.mention.region);
  return { line: w.identityLine(name, registration, region), missing };
}
