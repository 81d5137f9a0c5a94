import "@/lib/zod-browser";
import { z } from "zod";
import type { Loaded } from "@/lib/browser-storage";
import type { ReviewAnswer } from "./risk";

export const REVIEW_KEY = "sagemaker-ai-study:review";
export const REVIEW_VERSION = 1;
/** Written into exported JSON so an import can tell our files from any other JSON. */
export const REVIEW_APP = "sagemaker-ai-study/review";

const answerSchema = z
  .object({
    selected: z.array(z.string().max(64)).max(20),
    none: z.boolean(),
    notApplicable: z.boolean(),
    notes: z.string().max(5000),
  })
  .strict()
  .refine((a) => !(a.none && a.selected.length > 0), "cannot choose practices and “none of these” together");

const answersSchema = z.record(z.string().regex(/^ml[a-z]+-\d{2}$/, "is not a review question id"), answerSchema);

const milestoneSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1, "a milestone needs a name").max(100),
    at: z.string().refine((v) => !Number.isNaN(Date.parse(v)), "is not a date-time"),
    answers: answersSchema,
  })
  .strict();
export type Milestone = z.infer<typeof milestoneSchema>;

export const reviewStateSchema = z
  .object({
    version: z.literal(REVIEW_VERSION),
    workload: z.object({ name: z.string().max(100), description: z.string().max(2000) }).strict(),
    answers: answersSchema,
    milestones: z.array(milestoneSchema).max(100),
  })
  .strict();
export type ReviewState = z.infer<typeof reviewStateSchema>;

export function emptyReview(): ReviewState {
  return { version: REVIEW_VERSION, workload: { name: "", description: "" }, answers: {}, milestones: [] };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid data";
  return `${issue.path.length > 0 ? issue.path.join(".") : "(file)"}: ${issue.message}`;
}

/** Stored text to a review: unreadable data is reset (the storage layer keeps a backup). Never throws. */
export function parseReview(text: string | null): Loaded<ReviewState> {
  if (text === null || text.trim() === "") return { value: emptyReview(), status: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { value: emptyReview(), status: "reset", reason: "not valid JSON" };
  }
  const parsed = reviewStateSchema.safeParse(data);
  return parsed.success ? { value: parsed.data, status: "ok" } : { value: emptyReview(), status: "reset", reason: firstIssue(parsed.error) };
}

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

export function exportReviewJson(state: ReviewState, now: Date): string {
  return JSON.stringify({ app: REVIEW_APP, exportedAt: now.toISOString(), ...state }, null, 2);
}

export type ReviewImport = { ok: true; state: ReviewState } | { ok: false; error: string };

/** Checks an imported review file completely before anything is replaced; a bad file changes nothing. */
export function importReviewJson(text: string): ReviewImport {
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
  if (app !== REVIEW_APP) return { ok: false, error: "the file was not exported by this site's self-review" };
  const parsed = reviewStateSchema.safeParse(rest);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, error: firstIssue(parsed.error) };
}
