/**
 * A few composable checks for data the browser has stored or a learner imports: each check returns the value typed
 * or throws an Invalid naming the field ("answers.q1.seen: must be a whole number ≥ 0"). The quiz pages validate
 * progress with these instead of a schema library, so they ship a few hundred bytes instead of zod's core.
 */

export class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path || "(file)"}: ${reason}`);
    this.name = "Invalid";
  }
}

export type Check<T> = (value: unknown, path: string) => T;

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export const bool: Check<boolean> = (v, p) => {
  if (typeof v !== "boolean") throw new Invalid(p, "must be true or false");
  return v;
};

export function num(min = -Infinity, max = Infinity): Check<number> {
  return (v, p) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) throw new Invalid(p, `must be a number${min > -Infinity ? ` ≥ ${min}` : ""}${max < Infinity ? ` ≤ ${max}` : ""}`);
    return v;
  };
}

export function int(min = 0, max = Infinity): Check<number> {
  return (v, p) => {
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) throw new Invalid(p, `must be a whole number ≥ ${min}${max < Infinity ? ` and ≤ ${max}` : ""}`);
    return v;
  };
}

export function str(pattern?: RegExp): Check<string> {
  return (v, p) => {
    if (typeof v !== "string") throw new Invalid(p, "must be text");
    if (pattern && !pattern.test(v)) throw new Invalid(p, "has an unexpected form");
    return v;
  };
}

export const dateTime: Check<string> = (v, p) => {
  if (typeof v !== "string" || Number.isNaN(Date.parse(v))) throw new Invalid(p, "is not a date-time");
  return v;
};

export function literal<const T extends string | number>(expected: T): Check<T> {
  return (v, p) => {
    if (v !== expected) throw new Invalid(p, `must be ${JSON.stringify(expected)}`);
    return expected;
  };
}

export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (v, p) => {
    if (typeof v !== "string" || !(values as readonly string[]).includes(v)) throw new Invalid(p, `must be one of ${values.join(", ")}`);
    return v as T;
  };
}

export function list<T>(item: Check<T>, max = Infinity): Check<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) throw new Invalid(p, "must be a list");
    if (v.length > max) throw new Invalid(p, `has more than ${max} entries`);
    return v.map((x, i) => item(x, at(p, i)));
  };
}

export function record<T>(item: Check<T>): Check<Record<string, T>> {
  return (v, p) => {
    if (!isPlainObject(v)) throw new Invalid(p, "must be an object");
    const out: Record<string, T> = {};
    for (const [k, x] of Object.entries(v)) out[k] = item(x, at(p, k));
    return out;
  };
}

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/**
 * An object with exactly these fields (unknown ones are refused, as a strict schema does); the fields in
 * `optional` may be missing, and are left out of the result when they are.
 */
export function object<S extends Shape, O extends Shape = Record<never, never>>(shape: S, optional?: O, rule?: { test: (value: Out<S>) => boolean; reason: string }): Check<Out<S> & Partial<Out<O>>> {
  return (v, p) => {
    if (!isPlainObject(v)) throw new Invalid(p, "must be an object");
    for (const k of Object.keys(v)) if (!(k in shape) && !(optional && k in optional)) throw new Invalid(at(p, k), "is not a known field");
    const out: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(shape)) out[k] = check(v[k], at(p, k));
    for (const [k, check] of Object.entries(optional ?? {})) if (v[k] !== undefined) out[k] = check(v[k], at(p, k));
    if (rule && !rule.test(out as Out<S>)) throw new Invalid(p, rule.reason);
    return out as Out<S> & Partial<Out<O>>;
  };
}

/** Runs a check without throwing. */
export function validate<T>(check: Check<T>, value: unknown): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: check(value, "") };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}
