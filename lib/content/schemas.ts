/**
 * Every content schema lives here, one per content type. Loaders parse files with these and
 * report errors as `file: field: message`, so a writer knows exactly what to fix.
 */
import { z } from "zod";
import { examIds, taskIds } from "./exam-blueprint";
import { layers, lifecycleStates, phases, pillars } from "./taxonomy";

/** Lower-case ids made of letters, digits and single hyphens: `model-monitor`, `s3`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and hyphens (e.g. model-monitor)");

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(value)), "is not a real date");

/** YAML turns an unquoted 2026-01-31 into a Date; accept both and keep the string form. */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

const text = z.string().trim().min(1, "must not be empty");
const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" });

/** One string per locale. */
export const localizedText = z.object({ ja: text, en: text }, { error: "needs both ja and en" });
export type LocalizedText = z.infer<typeof localizedText>;

export const sourceSchema = z.object({ title: text, url: httpsUrl });

/** Curriculum sections, in learning-path order. */
export const lessonSections = [
  "basics",
  "workflow",
  "data",
  "training",
  "inference",
  "mlops",
  "well-architected",
  "scenarios",
] as const;
export type LessonSection = (typeof lessonSections)[number];

/** Frontmatter of content/lessons/{slug}/{locale}.mdx */
export const lessonFrontmatterSchema = z
  .object({
    title: text,
    description: text.max(200, "must be at most 200 characters (it is the page's meta description)"),
    order: z.number().int().positive(),
    section: z.enum(lessonSections),
    lastReviewed: dateSchema,
    sources: z.array(sourceSchema).min(1, "must list at least one source"),
    /** Set when this lesson exists only in this file's language so far; the other locale shows it with a notice. */
    untranslated: z.literal(true).optional(),
  })
  .strict();
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** content/services/{id}.yaml */
export const serviceSchema = z
  .object({
    id: idSchema,
    name: localizedText,
    /** Katakana reading or usual Japanese name, used by search. */
    reading: text,
    aliases: z.array(text).default([]),
    layer: z.enum(layers),
    phases: z.array(z.enum(phases)).min(1, "must name at least one workflow phase"),
    pillars: z.array(z.enum(pillars)).default([]),
    summary: localizedText,
    whenToUse: localizedText,
    whenNotToUse: localizedText,
    billing: localizedText,
    related: z.array(idSchema).default([]),
    docs: httpsUrl,
    status: z
      .object({
        state: z.enum(lifecycleStates),
        date: dateSchema.optional(),
        replacement: idSchema.optional(),
        note: localizedText.optional(),
        source: httpsUrl,
      })
      .strict()
      .refine((s) => s.state === "available" || s.date !== undefined, {
        message: "a service that is not available needs the date of the change",
        path: ["date"],
      }),
    checked: dateSchema,
  })
  .strict();
export type Service = z.infer<typeof serviceSchema>;

const hiragana = z
  .string()
  .regex(/^[\u3041-\u309fー・ 　a-zA-Z0-9]+$/, "must be written in hiragana (Latin letters and digits allowed for acronyms)");

/** content/glossary/{id}.yaml */
export const termSchema = z
  .object({
    id: idSchema,
    ja: z.object({ name: text, reading: hiragana, short: text, body: text }).strict(),
    en: z.object({ name: text, short: text, body: text }).strict(),
    aliases: z.array(text).default([]),
    related: z
      .object({
        terms: z.array(idSchema).default([]),
        services: z.array(idSchema).default([]),
        lessons: z.array(idSchema).default([]),
      })
      .strict()
      .default({ terms: [], services: [], lessons: [] }),
  })
  .strict();
export type Term = z.infer<typeof termSchema>;

/** A link to a lesson, optionally to one of its headings. */
export const lessonRefSchema = z.object({ slug: idSchema, anchor: idSchema.optional() }).strict();
export type LessonRef = z.infer<typeof lessonRefSchema>;

/** How hard a quiz question is. */
export const difficulties = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof difficulties)[number];

const optionIds = ["a", "b", "c", "d", "e"] as const;

export const quizOptionSchema = z
  .object({
    id: z.enum(optionIds),
    text: localizedText,
    correct: z.boolean().default(false),
    /** Why this option is right or wrong. */
    explanation: localizedText,
  })
  .strict();

/** Which exam guide task statements a question practises, and which of the two exams it fits. */
export const blueprintSchema = z
  .object({
    tasks: z.array(z.enum(taskIds, { error: `must be a task statement of the exam guides (${taskIds.join(", ")})` })).min(1, "must name at least one task statement"),
    exams: z.array(z.enum(examIds, { error: `must be ${examIds.join(" or ")}` })).min(1, "must name at least one exam"),
  })
  .strict();
export type Blueprint = z.infer<typeof blueprintSchema>;

const quizLinksSchema = z
  .object({
    services: z.array(idSchema).default([]),
    terms: z.array(idSchema).default([]),
    lessons: z.array(lessonRefSchema).default([]),
  })
  .strict()
  .refine((l) => l.services.length + l.lessons.length > 0, "must link at least one service or lesson that teaches it");

/** What every kind of question has. */
const questionBase = {
  id: idSchema,
  difficulty: z.enum(difficulties),
  blueprint: blueprintSchema,
  /** A case study this question belongs to (a `cases` entry of the same set); its scenario is shown above the question's own. */
  case: idSchema.optional(),
  scenario: localizedText,
  question: localizedText,
  /** Shown after answering, e.g. when the once-correct answer is now a retired service. */
  note: localizedText.optional(),
  /** The question is about a service's retirement or closure, so its options may name retired services. */
  aboutLifecycle: z.literal(true).optional(),
  links: quizLinksSchema,
};

function uniqueIds(items: readonly { id: string }[], field: string, ctx: z.RefinementCtx): void {
  const ids = items.map((o) => o.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: [field, i, "id"], message: `id "${id}" is used twice` });
  });
}

/** Multiple choice or multiple response. "Choose two" is not written down: it follows from two options being correct. */
export const choiceQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal("choice"),
    options: z.array(quizOptionSchema).min(4, "needs at least 4 options").max(5, "has more than 5 options"),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct < 1 || correct > 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `must have one or two correct options, has ${correct}` });
    }
    uniqueIds(q.options, "options", ctx);
  });

const stepIds = ["a", "b", "c", "d", "e"] as const;

/** Put 3–5 steps in order. `steps` are written in the right order; the page shuffles them. */
export const orderingQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal("ordering"),
    steps: z
      .array(z.object({ id: z.enum(stepIds), text: localizedText }).strict())
      .min(3, "an ordering item needs 3 to 5 steps")
      .max(5, "an ordering item needs 3 to 5 steps"),
    /** Why this is the order. */
    explanation: localizedText,
  })
  .strict()
  .superRefine((q, ctx) => uniqueIds(q.steps, "steps", ctx));

const pairIds = ["a", "b", "c", "d", "e", "f", "g"] as const;

/** Match 3–7 prompts to their responses, one response each. */
export const matchingQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal("matching"),
    pairs: z
      .array(z.object({ id: z.enum(pairIds), prompt: localizedText, response: localizedText }).strict())
      .min(3, "a matching item needs 3 to 7 pairs")
      .max(7, "a matching item needs 3 to 7 pairs"),
    explanation: localizedText,
  })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.pairs, "pairs", ctx);
    for (const locale of ["ja", "en"] as const) {
      const responses = q.pairs.map((p) => p.response[locale]);
      responses.forEach((r, i) => {
        if (responses.indexOf(r) !== i) ctx.addIssue({ code: "custom", path: ["pairs", i, "response", locale], message: `the same response appears twice, so the pairs don't line up` });
      });
    }
  });

/** A question of any kind; a question without `type` is multiple choice. */
export const quizQuestionSchema = z.preprocess(
  (value) => (value !== null && typeof value === "object" && !Array.isArray(value) && !("type" in value) ? { ...value, type: "choice" } : value),
  z.discriminatedUnion("type", [choiceQuestionSchema, orderingQuestionSchema, matchingQuestionSchema]),
);
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;

/** One scenario that 2–4 questions of a set share (the exam's case studies). */
export const quizCaseSchema = z.object({ id: idSchema, title: localizedText, scenario: localizedText }).strict();

/** content/quizzes/{id}.yaml: a set of questions on one topic. */
export const quizSetSchema = z
  .object({
    id: idSchema,
    order: z.number().int().positive(),
    title: localizedText,
    description: localizedText,
    cases: z.array(quizCaseSchema).default([]),
    questions: z.array(quizQuestionSchema).min(1, "must contain at least one question"),
  })
  .strict()
  .superRefine((set, ctx) => {
    const caseIds = new Set(set.cases.map((c) => c.id));
    set.questions.forEach((q, i) => {
      if (q.case !== undefined && !caseIds.has(q.case)) ctx.addIssue({ code: "custom", path: ["questions", i, "case"], message: `unknown case "${q.case}" (not in this set's cases)` });
    });
    for (const c of set.cases) {
      const n = set.questions.filter((q) => q.case === c.id).length;
      if (n < 2 || n > 4) ctx.addIssue({ code: "custom", path: ["cases"], message: `case "${c.id}" needs 2 to 4 questions, has ${n}` });
    }
  });
export type QuizSet = z.infer<typeof quizSetSchema>;

/** Pillars of the 2020 ML Lens questions (sustainability had no questions then). */
export const reviewPillars = ["operational-excellence", "security", "reliability", "performance-efficiency", "cost-optimization"] as const;
export type ReviewPillar = (typeof reviewPillars)[number];

/** What leaving a best practice out of a workload costs: the question's risk is the worst of its unchosen practices. */
export const practiceRisks = ["high", "medium"] as const;
export type PracticeRisk = (typeof practiceRisks)[number];

export const reviewChoiceSchema = z
  .object({
    /** Short kebab id, unique in the question; used in saved answers and the custom-lens export. */
    id: idSchema.max(64),
    /** The best practice, in a line (the Well-Architected Tool allows 256 characters). */
    title: z.object({ ja: text.max(256), en: text.max(256) }).strict(),
    /** What good looks like, in a few sentences; also the improvement plan when the practice is missing. */
    description: localizedText,
    risk: z.enum(practiceRisks),
    lessons: z.array(lessonRefSchema).default([]),
    services: z.array(idSchema).default([]),
  })
  .strict();
export type ReviewChoice = z.infer<typeof reviewChoiceSchema>;

/**
 * A best practice of the current ML Lens that a 2020 question maps to. The November 2025 edition numbers
 * them by pillar question (MLOPS04-BP01, MLPERF06-BP04); the 2023 edition's running numbers (MLOE-15) are
 * accepted too, for older material.
 */
export const currentPracticeSchema = z
  .object({
    id: z.string().regex(/^ML[A-Z]{2,4}(?:-\d{2}|\d{2}-BP\d{2})$/, "must be a best-practice id of the ML Lens such as MLOPS01-BP01 (or MLOE-01 in the 2023 edition)"),
    title: localizedText,
  })
  .strict();

/** content/review/{id}.yaml: one question of the 2020 ML Lens, as our self-review asks it. */
export const reviewQuestionSchema = z
  .object({
    id: z.string().regex(/^(mlops|mlsec|mlrel|mlper|mlcost)-0[1-9]$/, "must be the 2020 question id, e.g. mlops-01"),
    pillar: z.enum(reviewPillars),
    /** The question, in a line (the Well-Architected Tool allows 128 characters). */
    title: z.object({ ja: text.max(128), en: text.max(128) }).strict(),
    description: localizedText,
    choices: z.array(reviewChoiceSchema).min(2, "needs at least 2 best practices").max(10, "has more than 10 best practices"),
    current: z.array(currentPracticeSchema).min(1, "must map to at least one current best practice"),
    /** How the question's topic moved in the current lens, in a sentence or two. */
    currentNote: localizedText.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const prefix = { "operational-excellence": "mlops", security: "mlsec", reliability: "mlrel", "performance-efficiency": "mlper", "cost-optimization": "mlcost" }[q.pillar];
    if (!q.id.startsWith(`${prefix}-`)) ctx.addIssue({ code: "custom", path: ["pillar"], message: `a ${q.id} question cannot belong to ${q.pillar}` });
    const ids = q.choices.map((c) => c.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: ["choices", i, "id"], message: `choice id "${id}" is used twice` });
    });
  });
export type ReviewQuestion = z.infer<typeof reviewQuestionSchema>;

/** The six ML lifecycle phases along which the Nov 2025 ML Lens arranges each pillar's questions. */
export const lensPhases = ["business-goal", "problem-framing", "data-processing", "model-development", "deployment", "monitoring"] as const;
export type LensPhase = (typeof lensPhases)[number];

/** A best practice of the current lens, as we teach it: the id and English title come from AWS's lens file. */
export const lensPracticeSchema = z
  .object({
    id: z.string().regex(/^ML(?:OPS|SEC|REL|PERF|COST|SUS)0[1-9]_BP\d{2}$/, "must be a best-practice choice id of AWS's lens file, such as MLOPS01_BP01"),
    /** Japanese title; the English one is AWS's (the Well-Architected Tool allows 256 characters). */
    title: z.object({ ja: text.max(256) }).strict(),
    /** Ours: what following the practice looks like and how to do it on AWS today. */
    explanation: localizedText,
    lessons: z.array(lessonRefSchema).default([]),
    services: z.array(idSchema).default([]),
  })
  .strict();
export type LensPractice = z.infer<typeof lensPracticeSchema>;

/** content/lens/questions/{id}.yaml: our words for one question of the current ML Lens. */
export const lensQuestionSchema = z
  .object({
    id: z.string().regex(/^ML(?:OPS|SEC|REL|PERF|COST|SUS)0[1-9]$/, "must be a question id of the current ML Lens, such as MLOPS01"),
    phase: z.enum(lensPhases),
    /** Japanese title; the English one is AWS's (128 characters at most in the Tool). */
    title: z.object({ ja: text.max(128) }).strict(),
    description: localizedText,
    practices: z.array(lensPracticeSchema).min(1, "must describe every best practice of the question"),
  })
  .strict()
  .superRefine((q, ctx) => {
    q.practices.forEach((p, i) => {
      if (!p.id.startsWith(`${q.id}_`)) ctx.addIssue({ code: "custom", path: ["practices", i, "id"], message: `${p.id} is not a practice of ${q.id}` });
    });
  });
export type LensQuestionContent = z.infer<typeof lensQuestionSchema>;

/** One change between the two exam guides: a skill added or dropped under a task statement, in our words. */
const examChangeSchema = z.object({ task: z.enum(taskIds, { error: `must be a task statement of the exam guides (${taskIds.join(", ")})` }), text: localizedText }).strict();

/** content/exams/{exam}.yaml: an exam guide in our words (the domains and weights live in exam-blueprint.ts). */
export const examGuideSchema = z
  .object({
    id: z.enum(examIds, { error: `must be ${examIds.join(" or ")}` }),
    /** Who sits it, in which language, until when. */
    status: localizedText,
    lead: localizedText,
    /** Each task statement: what it asks of a candidate, in our words. */
    tasks: z.object(Object.fromEntries(taskIds.map((t) => [t, localizedText])) as Record<(typeof taskIds)[number], typeof localizedText>).strict(),
    /** What changed from the other exam (written on MLA-C02). */
    changes: z.object({ summary: localizedText, added: z.array(examChangeSchema), removed: z.array(examChangeSchema) }).strict().optional(),
    sources: z.array(sourceSchema).min(1, "must cite the exam guide it is written from"),
    checked: dateSchema,
  })
  .strict();
export type ExamGuide = z.infer<typeof examGuideSchema>;
