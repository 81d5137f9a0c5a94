"use client";

import { useStored } from "@/components/layout/use-stored.client";
import type { LoadResult, Progress } from "@/lib/quiz/progress";
import { parseProgress } from "@/lib/quiz/progress";
import { PROGRESS_KEY } from "@/lib/quiz/storage";

export interface ProgressHandle {
  progress: Progress | null;
  loaded: LoadResult | null;
  saved: boolean;
  update: (change: (progress: Progress) => Progress) => void;
  replace: (progress: Progress) => void;
}

/** Quiz progress from localStorage, kept in step with other tabs. */
export function useProgress(): ProgressHandle {
  const { value, ...rest } = useStored(PROGRESS_KEY, parseProgress);
  return { progress: value, ...rest };
}
