import { readStored, writeStored, type KeyValueStore } from "@/lib/browser-storage";
import { parseProgress, type LoadResult, type Progress } from "./progress";

/** The one localStorage key quiz progress lives under. */
export const PROGRESS_KEY = "sagemaker-ai-study:quiz-progress";

/** Loads quiz progress: old formats migrated, unreadable data backed up and reset. Never throws. */
export function readProgress(storage: KeyValueStore | undefined): LoadResult {
  return readStored(storage, PROGRESS_KEY, parseProgress);
}

export function writeProgress(storage: KeyValueStore | undefined, progress: Progress): boolean {
  return writeStored(storage, PROGRESS_KEY, progress);
}
