import "@/lib/zod-browser";
import { z } from "zod";
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
  .object({
    selected: z.array(z.string().max(64)).max(20),
    none: z.boolean(),
    notApplicable: z.boolean(),
    notes: z.string().max(5000),
  })
  .strict()
  .refine((a) => !(a.none && a.selected.length > 0), "cannot choose practices and “none of these” together");

function stateSchema(edition: ReviewEdition) {
  const answers = z.record(z.string().regex(reviewEditions[edition].questionId, "is not a question id of this lens edition"), answerSchema);
  const milestone = z
    .object({
      id: z.string().min(1).max(64),
      name: z.string().trim().min(1, "a milestone needs a name").max(100),
      at: z.string().refine((v) => !Number.isNaN(Date.parse(v)), "is not a date-time"),
      answers,
    })
    .strict();
  return z
    .object({
      version: z.literal(REVIEW_VERSION),
      workload: z.object({ name: z.string().max(100), description: z.string().max(2000) }).strict(),
      answers,
      milestones: z.array(milestone).max(100),
    })
    .strict();
}
const schemas = { current: stateSchema("current"), "2020": stateSchema("2020") };
export const reviewStateSchema = schemas["2020"];
export type ReviewState = z.infer<typeof reviewStateSchema>;
export type Milestone = ReviewState["milestones"][number];

export function emptyReview(): ReviewState {
  return { version: REVIEW_VERSION, workload: { name: "", description: "" }, answers: {}, milestones: [] };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid data";
  return `${issue.path.length > 0 ? issue.path.join(".") : "(file)"}: ${issue.message}`;
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
