/**
 * Cheap shape checks of the identity numbers of atelier.yaml, beyond what the schema's patterns
 * say: a SIRET's Luhn key, a French VAT number's key against its SIREN, an 11-digit registration
 * number. A typo in one of them would be printed on every quote and convention.
 */
import type { Finding } from './diagnostics';
import { isObject, text } from './records';

const digits = (s: string) => s.replace(/\s+/g, '');

/** The Luhn checksum SIREN and SIRET numbers carry. */
export function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

export function legalIdFindings(config: unknown): Finding[] {
  if (!isObject(config)) return [];
  const out: Finding[] = [];
  const legal = isObject(config.legal) ? config.legal : {};
  const siret = text(legal.siret) && digits(text(legal.siret) ?? '');
  // The schema's pattern reports a SIRET that is not 14 digits; La Poste's SIRETs (SIREN 356000000) use another key.
  if (siret && /^\d{14}$/.test(siret) && !siret.startsWith('356000000') && !luhnValid(siret))
    out.push({ code: 'config.siret-key', severity: 'warning', path: ['legal', 'siret'], target: 'value' });
  const vat = text(legal.vat_number) && digits(text(legal.vat_number) ?? '');
  if (vat && /^FR[0-9A-Z]{2}\d{9}$/.test(vat) && /^\d{2}$/.test(vat.slice(2, 4))) {
    const siren = vat.slice(4);
    const key = frenchVatKey(siren);
    if (vat.slice(2, 4) !== key)
      out.push({
        code: 'config.vat-key',
        severity: 'warning',
        path: ['legal', 'vat_number'],
        target: 'value',
        args: { key, siren },
      });
    else if (siret && /^\d{14}$/.test(siret) && siret.slice(0, 9) !== siren)
      out.push({
        code: 'config.vat-siren',
        severity: 'warning',
        path: ['legal', 'vat_number'],
        target: 'value',
        args: { siren, siret },
      });
  }
  // Without them the documents still print, their footers incomplete: one warning, not one per field.
  const absent = [
    ...(isObject(config.legal) ? [] : ['legal:']),
    ...(text(config.registration_number) ? [] : ['registration_number']),
  ];
  if (absent.length)
    out.push({
      code: 'config.legal-missing',
      severity: 'warning',
      path: [],
      target: 'key',
      args: { fields: absent.join(', ') },
    });
  const registration = text(config.registration_number);
  if (registration && !/^\d{11}$/.test(digits(registration)))
    out.push({
      code: 'config.registration-number',
      severity: 'warning',
      path: ['registration_number'],
      target: 'value',
    });
  return out;
}
