/** The string formats the schemas use, as ajv-formats checks them, for code that checks a value before it is written. */
import { fullFormats } from 'ajv-formats/dist/formats';

const EMAIL = fullFormats.email as RegExp;

/** An email address as the schemas' `format: email` accepts it (the check ajv runs on person and participant emails). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}
