import "@/lib/zod-browser";
import { z } from "zod/mini";
import { newerVersion, type Loaded } from "@/lib/browser-storage";
import type { ReviewAnswer } from "./risk";

export const REVIEW_VERSION = 1;

/**
 * The two lens editions keep separate reviews, so neither can overwrite the other: the current ML Lens (Nov 2025)
 * and the 2020 whitepaper's. Each has its storage key, the name written into its exported files, and its question ids.
 */
export const reviewEditions = {
  current: { key: "sagemaker-ai-study:lens-review", app: "sagemaker-ai-study/lens-review-2025", questionId: /^ML(?:OPS|SEC|REL|PERF|COST|SUS)\d{2}$/, choiceId: /^ML[A-Z]+\d{2}_BP\d{2}$/ },
  "2020": { key: "sagemaker-ai-study:review", app: "sagemaker-ai-study/review", questionId: /^ml[a-z]+-\d{2}$/, choiceId: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ },
} as const;
export type ReviewEdition = keyof typeof reviewEditions;

export const REVIEW_KEY = reviewEditions["2020"].key;
/** Written into exported JSON so an import can tell our files from any other JSON. */
export const REVIEW_APP = reviewEditions["2020"].app;

const answerSchema = z
  .strictObject({
    selected: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20)),
    none: z.boolean(),
    notApplicable: z.boolean(),
    notes: z.string().check(z.maxLength(5000)),
  })
  .check(z.refine((a) => !(a.none && a.selected.length > 0), "cannot choose practices and “none of these” together"));

function stateSchema(edition: ReviewEdition) {
  const answers = z.record(z.string().check(z.regex(reviewEditions[edition].questionId, "is not a question id of this lens edition")), answerSchema);
  const milestone = z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    name: z.string().check(z.trim(), z.minLength(1, "a milestone needs a name"), z.maxLength(100)),
    at: z.string().check(z.refine((v) => !Number.isNaN(Date.parse(v)), "is not a date-time")),
    answers,
  });
  return z.strictObject({
    version: z.literal(REVIEW_VERSION),
    workload: z.strictObject({ name: z.string().check(z.maxLength(100)), description: z.string().check(z.maxLength(2000)) }),
    answers,
    milestones: z.array(milestone).check(z.maxLength(100)),
  });
}
const schemas = { current: stateSchema("current"), "2020": stateSchema("2020") };
export const reviewStateSchema = schemas["2020"];
export type ReviewState = z.infer<typeof reviewStateSchema>;
export type Milestone = ReviewState["milestones"][number];

export function emptyReview(): ReviewState {
  return { version: REVIEW_VERSION, workload: { name: "", description: "" }, answers: {}, milestones: [] };
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return "invalid data";
  return `${issue.path.length > 0 ? issue.path.map(String).join(".") : "(file)"}: ${issue.message}`;
}

/**
 * Stored text to a review: unreadable data is reset (the storage layer keeps a backup); data written by a newer
 * version of the site is reported and left alone. Never throws.
 */
export function parseReview(text: string | null, edition: ReviewEdition = "2020"): Loaded<ReviewState> {
  if (text === null || text.trim() === "") return { value: emptyReview(), status: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { value: emptyReview(), status: "reset", reason: "not valid JSON" };
  }
  const newer = newerVersion(data, REVIEW_VERSION);
  if (newer !== undefined) return { value: emptyReview(), status: "newer", version: newer };
  const parsed = schemas[edition].safeParse(data);
  return parsed.success ? { value: parsed.data, status: "ok" } : { value: emptyReview(), status: "reset", reason: firstIssue(parsed.error) };
}

/** The current lens's review, parsed from storage. */
export const parseCurrentReview = (text: string | null) => parseReview(text, "current");

export function setAnswer(state: ReviewState, questionId: string, answer: ReviewAnswer): ReviewState {
  return { ...state, answers: { ...state.answers, [questionId]: answer } };
}

/** Saves the current answers as a named snapshot to compare against later. */
export function addMilestone(state: ReviewState, name: string, now: Date): ReviewState {
  const milestone: Milestone = { id: `m${now.getTime().toString(36)}`, name: name.trim().slice(0, 100), at: now.toISOString(), answers: structuredClone(state.answers) };
  return { ...state, milestones: [...state.milestones, milestone] };
}

export function removeMilestone(state: ReviewState, id: string): ReviewState {
  return { ...state, milestones: state.milestones.filter((m) => m.id !== id) };
}

export function exportReviewJson(state: ReviewState, now: Date, edition: ReviewEdition = "2020"): string {
  return JSON.stringify({ app: reviewEditions[edition].app, exportedAt: now.toISOString(), ...state }, null, 2);
}

export type ReviewImport = { ok: true; state: ReviewState } | { ok: false; error: string };

/** Checks an imported review file completely before anything is replaced; a bad file changes nothing. */
export function importReviewJson(text: string, edition: ReviewEdition = "2020", messages: { wrongLens: string } = { wrongLens: "this file is a review of another lens edition" }): ReviewImport {
  if (text.length > 5_000_000) return { ok: false, error: "the file is too large to be a review" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: "the file is not valid JSON" };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, error: "the file does not contain a review" };
  const { app, ...withDate } = data as Record<string, unknown>;
  const { exportedAt, ...rest } = withDate;
  if (exportedAt !== undefined && typeof exportedAt !== "string") return { ok: false, error: "exportedAt: is not a date" };
  const other = (Object.keys(reviewEditions) as ReviewEdition[]).find((e) => e !== edition && reviewEditions[e].app === app);
  if (other) return { ok: false, error: messages.wrongLens };
  if (app !== reviewEditions[edition].app) return { ok: false, error: "the file was not exported by this site's self-review" };
  const newer = newerVersion(rest, REVIEW_VERSION);
  if (newer !== undefined) return { ok: false, error: `the file was written by a newer version of this site (format ${newer}; this page reads ${REVIEW_VERSION})` };
  const parsed = schemas[edition].safeParse(rest);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, error: firstIssue(parsed.error) };
}
