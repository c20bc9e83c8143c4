/** Counted words by each language's plural rule ("1 error", "2 errors"; French counts 0 and 1 as singular). */
import type { Locale } from './messages';

const rules: Record<Locale, Intl.PluralRules> = {
  fr: new Intl.PluralRules('fr-FR'),
  en: new Intl.PluralRules('en-GB'),
};

/** Whether `count` takes the singular in `locale`. */
export const isOne = (locale: Locale, count: number): boolean => rules[locale].select(count) === 'one';

/** `count` and its word: `counted('fr')(0, 'erreur', 'erreurs')` is "0 erreur". */
export const counted =
  (locale: Locale) =>
  (count: number, one: string, other: string): string =>
    `${count} ${isOne(locale, count) ? one : other}`;
