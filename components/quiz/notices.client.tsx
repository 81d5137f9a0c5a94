"use client";

import { formatMessage } from "@/lib/i18n/format";
import type { QuizLabels } from "./question-card.client";
import type { ProgressHandle } from "./use-progress.client";

/** What the learner should know about their stored progress: it was reset, converted, or cannot be saved. */
export function ProgressNotices({ handle, labels }: { handle: ProgressHandle; labels: QuizLabels }) {
  const { loaded, saved } = handle;
  const messages: string[] = [];
  if (loaded?.status === "reset") messages.push(formatMessage(labels.resetNotice, { reason: loaded.reason }));
  if (loaded?.status === "newer") messages.push(labels.newerNotice);
  if (loaded?.status === "migrated") messages.push(formatMessage(labels.migratedNotice, { from: loaded.from }));
  if (!saved) messages.push(labels.storageBlocked);
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="mb-4 rounded-md border border-warn p-3" data-testid="progress-notice">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
