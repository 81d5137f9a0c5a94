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
