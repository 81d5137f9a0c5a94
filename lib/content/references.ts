import type { LensQuestionEntry } from "./lens";
import path from "node:path";
import { ContentError } from "./errors";
import { contentDir, displayPath } from "./paths";
import { quizSetFile } from "./quizzes";
import { reviewQuestionFile } from "./review";
import type { QuizSet, ReviewQuestion, Service, Term } from "./schemas";

export interface KnownIds {
  services: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  lessons: ReadonlySet<string>;
}

/**
 * Checks that every id a catalogue entry or glossary term points at exists.
 * Throws one ContentError per file, naming the field and the unknown id.
 */
export function checkYamlReferences(services: Service[], terms: Term[], known: KnownIds): void {
  const dir = contentDir();
  for (const service of services) {
    const problems: string[] = [];
    service.related.forEach((id, i) => {
      if (!known.services.has(id)) problems.push(`related.${i}: unknown service id "${id}"`);
      if (id === service.id) problems.push(`related.${i}: a service cannot be related to itself`);
    });
    const replacement = service.status.replacement;
    if (replacement !== undefined && !known.services.has(replacement)) {
      problems.push(`status.replacement: unknown service id "${replacement}"`);
    }
    if (problems.length > 0) {
      throw new ContentError(displayPath(path.join(dir, "services", `${service.id}.yaml`)), problems);
    }
  }
  for (const term of terms) {
    const problems: string[] = [];
    const kinds = [
      ["terms", known.terms, "term"],
      ["services", known.services, "service"],
      ["lessons", known.lessons, "lesson"],
    ] as const;
    for (const [field, ids, label] of kinds) {
      term.related[field].forEach((id, i) => {
        if (!ids.has(id)) problems.push(`related.${field}.${i}: unknown ${label} id "${id}"`);
      });
    }
    if (problems.length > 0) {
      throw new ContentError(displayPath(path.join(dir, "glossary", `${term.id}.yaml`)), problems);
    }
  }
}

/** Checks every link of every quiz question: services, terms, lessons and lesson headings must exist. */
export function checkQuizReferences(
  sets: QuizSet[],
  known: KnownIds,
  lessonAnchors: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  for (const set of sets) {
    const problems: string[] = [];
    set.questions.forEach((question, q) => {
      const at = `questions.${q}.links`;
      question.links.services.forEach((id, i) => {
        if (!known.services.has(id)) problems.push(`${at}.services.${i}: unknown service id "${id}" (question ${question.id})`);
      });
      question.links.terms.forEach((id, i) => {
        if (!known.terms.has(id)) problems.push(`${at}.terms.${i}: unknown term id "${id}" (question ${question.id})`);
      });
      question.links.lessons.forEach((ref, i) => {
        const anchors = lessonAnchors.get(ref.slug);
        if (!anchors) problems.push(`${at}.lessons.${i}: unknown lesson slug "${ref.slug}" (question ${question.id})`);
        else if (ref.anchor !== undefined && !anchors.has(ref.anchor)) {
          problems.push(`${at}.lessons.${i}: lesson "${ref.slug}" has no heading {#${ref.anchor}} (question ${question.id})`);
        }
      });
    });
    if (problems.length > 0) throw new ContentError(quizSetFile(set.id), problems);
  }
}

/** Every lesson, heading and service a self-review practice links to must exist. */
export function checkReviewReferences(
  questions: ReviewQuestion[],
  known: KnownIds,
  lessonAnchors: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  for (const question of questions) {
    const problems: string[] = [];
    question.choices.forEach((choice, c) => {
      choice.services.forEach((id, i) => {
        if (!known.services.has(id)) problems.push(`choices.${c}.services.${i}: unknown service id "${id}"`);
      });
      choice.lessons.forEach((ref, i) => {
        const anchors = lessonAnchors.get(ref.slug);
        if (!anchors) problems.push(`choices.${c}.lessons.${i}: unknown lesson slug "${ref.slug}"`);
        else if (ref.anchor !== undefined && !anchors.has(ref.anchor)) problems.push(`choices.${c}.lessons.${i}: lesson "${ref.slug}" has no heading {#${ref.anchor}}`);
      });
    });
    if (problems.length > 0) throw new ContentError(reviewQuestionFile(question.id), problems);
  }
}

/** Every lesson, heading and service a current-lens practice links to must exist. */
export function checkLensReferences(questions: readonly LensQuestionEntry[], known: KnownIds, lessonAnchors: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const question of questions) {
    const problems: string[] = [];
    question.practices.forEach((practice, p) => {
      const at = `practices.${p} (${practice.id})`;
      practice.services.forEach((id, i) => {
        if (!known.services.has(id)) problems.push(`${at}.services.${i}: unknown service id "${id}"`);
      });
      practice.lessons.forEach((ref, i) => {
        const anchors = lessonAnchors.get(ref.slug);
        if (!anchors) problems.push(`${at}.lessons.${i}: unknown lesson slug "${ref.slug}"`);
        else if (ref.anchor !== undefined && !anchors.has(ref.anchor)) problems.push(`${at}.lessons.${i}: lesson "${ref.slug}" has no heading {#${ref.anchor}}`);
      });
    });
    if (problems.length > 0) throw new ContentError(`content/lens/questions/${question.id.toLowerCase()}.yaml`, problems);
  }
}
