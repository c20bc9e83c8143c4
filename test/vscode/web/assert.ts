/**
 * `node:assert`'s strict mode as the VS Code suites use it, for the web worker extension host
 * (no Node there): the web suite bundle maps `node:assert` here, so the same test files run in both hosts.
 */
export class AssertionError extends Error {
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (v: unknown) => {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v, undefined, 2) ?? String(v));
  } catch {
    return String(v);
  }
};

function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

/** Strict deep equality: same types, same prototypes for plain objects and arrays, Object.is on leaves. */
function deepStrictEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const m = b as Map<unknown, unknown>;
    return a.size === m.size && [...a].every(([k, v]) => m.has(k) && deepStrictEqual(v, m.get(k), seen));
  }
  if (a instanceof Set) {
    const s = b as Set<unknown>;
    return a.size === s.size && [...a].every((v) => s.has(v));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepStrictEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen),
  );
}

function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true);
}

export const strict = Object.assign(ok, {
  ok,
  equal(actual: unknown, expected: unknown, message?: string | Error) {
    if (!Object.is(actual, expected))
      fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected);
  },
  notEqual(actual: unknown, expected: unknown, message?: string | Error) {
    if (Object.is(actual, expected))
      fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
  },
  deepEqual(actual: unknown, expected: unknown, message?: string | Error) {
    if (!deepStrictEqual(actual, expected))
      fail(
        message,
        `Expected values to be strictly deep-equal:\nactual: ${show(actual)}\nexpected: ${show(expected)}`,
        actual,
        expected,
      );
  },
  notDeepEqual(actual: unknown, expected: unknown, message?: string | Error) {
    if (deepStrictEqual(actual, expected))
      fail(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected);
  },
  match(actual: string, re: RegExp, message?: string | Error) {
    if (typeof actual !== 'string' || !re.test(actual))
      fail(message, `The input did not match the regular expression ${String(re)}. Input:\n${show(actual)}`);
  },
  doesNotMatch(actual: string, re: RegExp, message?: string | Error) {
    if (typeof actual !== 'string' || re.test(actual))
      fail(
        message,
        `The input was expected to not match the regular expression ${String(re)}. Input:\n${show(actual)}`,
      );
  },
  fail(message?: string | Error): never {
    return fail(message, 'Failed');
  },
});
