/** Seeded randomness, so an attempt (option order, question draw) can be shared and replayed from its URL. */

/** FNV-1a: a string to a 32-bit unsigned integer. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast PRNG returning floats in [0, 1). */
export function randomFrom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new copy of `items` in Fisher–Yates order drawn from `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = randomFrom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const SEED_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** A short seed for a URL: 8 characters, no look-alike letters. */
export function newSeed(random: () => number = Math.random): string {
  let seed = "";
  for (let i = 0; i < 8; i++) seed += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)];
  return seed;
}

/** Seeds come from URLs: keep them short and plain. */
export function isValidSeed(value: string | null | undefined): value is string {
  return typeof value === "string" && /^[a-z0-9]{1,32}$/.test(value);
}
