import { readStored, writeStored, type KeyValueStore } from "@/lib/browser-storage";
import { parseProgress, type LoadResult, type Progress } from "./progress";

import { PROGRESS_KEY } from "./progress-peek";

export { PROGRESS_KEY };

/** Loads quiz progress: old formats migrated, unreadable data backed up and reset. Never throws. */
export function readProgress(storage: KeyValueStore | undefined): LoadResult {
  return readStored(storage, PROGRESS_KEY, parseProgress);
}

export function writeProgress(storage: KeyValueStore | undefined, progress: Progress): boolean {
  return writeStored(storage, PROGRESS_KEY, progress);
}
