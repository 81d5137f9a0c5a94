/**
 * Every content schema lives here, one per content type. Loaders parse files with these and
 * report errors as `file: field: message`, so a writer knows exactly what to fix.
 */
import { z } from "zod";
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

/**
 * Content domains of the AWS Certified Machine Learning Engineer – Associate exam (MLA-C01), the current
 * ML certification since the Specialty exam (MLS-C01) retired on 31 March 2026.
 */
export const examDomains = ["data-preparation", "model-development", "deployment-orchestration", "monitoring-security"] as const;
export type ExamDomain = (typeof examDomains)[number];

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

/** One scenario question. "Choose two" is not written down: it follows from two options being correct. */
export const quizQuestionSchema = z
  .object({
    id: idSchema,
    difficulty: z.enum(difficulties),
    domain: z.enum(examDomains),
    scenario: localizedText,
    question: localizedText,
    options: z.array(quizOptionSchema).min(4, "needs at least 4 options").max(5, "has more than 5 options"),
    /** Shown after answering, e.g. when the once-correct answer is now a retired service. */
    note: localizedText.optional(),
    links: z
      .object({
        services: z.array(idSchema).default([]),
        terms: z.array(idSchema).default([]),
        lessons: z.array(lessonRefSchema).default([]),
      })
      .strict()
      .refine((l) => l.services.length + l.lessons.length > 0, "must link at least one service or lesson that teaches it"),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct < 1 || correct > 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `must have one or two correct options, has ${correct}` });
    }
    const ids = q.options.map((o) => o.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: ["options", i, "id"], message: `option id "${id}" is used twice` });
    });
  });
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** content/quizzes/{id}.yaml: a set of questions on one topic. */
export const quizSetSchema = z
  .object({
    id: idSchema,
    order: z.number().int().positive(),
    title: localizedText,
    description: localizedText,
    questions: z.array(quizQuestionSchema).min(1, "must contain at least one question"),
  })
  .strict();
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
