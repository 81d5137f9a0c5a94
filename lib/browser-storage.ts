/**
 * Versioned data in localStorage, read safely: unreadable data is kept under a backup key (nothing is lost)
 * and replaced, converted data is written back, and a browser that refuses storage never breaks the page.
 */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

export type Loaded<T> =
  | { value: T; status: "empty" | "ok" }
  | { value: T; status: "migrated"; from: number }
  | { value: T; status: "reset"; reason: string }
  /** Written by a newer version of the site: kept untouched; `value` is an empty stand-in, used read-only. */
  | { value: T; status: "newer"; version: number };

/** The version number of stored data, when it says one that is newer than `current`. */
export function newerVersion(data: unknown, current: number): number | undefined {
  if (data === null || typeof data !== "object") return undefined;
  const version = (data as { version?: unknown }).version;
  return typeof version === "number" && Number.isInteger(version) && version > current ? version : undefined;
}

/** Where unreadable data under `key` is kept when it is reset. */
export function backupKey(key: string): string {
  return `${key}:unreadable`;
}

export function readStored<T>(storage: KeyValueStore | undefined, key: string, parse: (text: string | null) => Loaded<T>): Loaded<T> {
  let text: string | null = null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return parse(null);
  }
  const result = parse(text);
  if (result.status === "reset" && text !== null) {
    try {
      // Never overwrite an earlier backup: a second unreadable read goes to the next free slot.
      let slot = backupKey(key);
      for (let n = 2; storage?.getItem(slot) != null && storage.getItem(slot) !== text && n < 100; n++) slot = `${backupKey(key)}:${n}`;
      storage?.setItem(slot, text);
    } catch {
      // Storage full or blocked: the page still works.
    }
  }
  if (result.status === "migrated" || result.status === "reset") writeStored(storage, key, result.value);
  return result;
}

/** Saves a value; false when the browser refuses (private mode, quota, no storage). */
export function writeStored(storage: KeyValueStore | undefined, key: string, value: unknown): boolean {
  try {
    storage?.setItem(key, JSON.stringify(value));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** localStorage, or undefined where the browser blocks it. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
