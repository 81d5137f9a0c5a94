"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { browserStorage, readStored, writeStored, type Loaded } from "@/lib/browser-storage";

export interface StoredHandle<T> {
  /** null until read from the browser (server render and first paint). */
  value: T | null;
  /** How the stored data was found: reset and migrated data deserve a notice. */
  loaded: Loaded<T> | null;
  /** False when the browser refused to save the last change. */
  saved: boolean;
  update: (change: (value: T) => T) => void;
  replace: (value: T) => void;
}

/** A value kept in localStorage under `key`, parsed safely and kept in step with other tabs. */
export function useStored<T>(key: string, parse: (text: string | null) => Loaded<T>): StoredHandle<T> {
  const [value, setValue] = useState<T | null>(null);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [saved, setSaved] = useState(true);
  const current = useRef<T | null>(null);
  // Data from a newer version of the site is never overwritten by an edit (edits stay in memory); only an explicit
  // replace (an import) may.
  const readOnly = useRef(false);

  useEffect(() => {
    const result = readStored(browserStorage(), key, parse);
    current.current = result.value;
    readOnly.current = result.status === "newer";
    // localStorage exists only in the browser: read it once after hydration so server and client render alike.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(result.value);
    setLoaded(result);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key) return;
      const result = readStored(browserStorage(), key, parse);
      current.current = result.value;
      readOnly.current = result.status === "newer";
      setValue(result.value);
      setLoaded(result);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [key, parse]);

  const replace = useCallback(
    (next: T) => {
      readOnly.current = false;
      current.current = next;
      setValue(next);
      setSaved(writeStored(browserStorage(), key, next));
    },
    [key],
  );

  const update = useCallback(
    (change: (value: T) => T) => {
      if (current.current === null) return;
      if (!readOnly.current) return replace(change(current.current));
      // Newer data stays untouched in storage: the change lives in memory only.
      current.current = change(current.current);
      setValue(current.current);
    },
    [replace],
  );

  return { value, loaded, saved, update, replace };
}
