import type { Locale } from "./i18n/locales";
import { publicUrl } from "./routes";

/** schema.org JSON-LD. URLs are absolute with SITE_URL, root-relative otherwise (JSON-LD resolves them against the page). */
export type JsonLd = Record<string, unknown>;

export interface Crumb {
  name: string;
  path?: string;
}

export function breadcrumbList(crumbs: readonly Crumb[], base?: URL): JsonLd {
  return {
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      ...(crumb.path ? { item: publicUrl(crumb.path, base) } : {}),
    })),
  };
}

export function lessonJsonLd(
  lesson: {
    path: string;
    title: string;
    description: string;
    locale: Locale;
    lastReviewed: string;
    section: string;
    siteName: string;
    homePath: string;
    crumbs: readonly Crumb[];
  },
  base?: URL,
): JsonLd {
  const url = publicUrl(lesson.path, base);
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": ["LearningResource", "Article"],
        "@id": url,
        url,
        headline: lesson.title,
        name: lesson.title,
        description: lesson.description,
        inLanguage: lesson.locale,
        dateModified: lesson.lastReviewed,
        learningResourceType: "lesson",
        articleSection: lesson.section,
        isAccessibleForFree: true,
        isPartOf: { "@type": "WebSite", name: lesson.siteName, url: publicUrl(lesson.homePath, base) },
      },
      breadcrumbList(lesson.crumbs, base),
    ],
  };
}

export function glossaryJsonLd(
  glossary: {
    path: string;
    name: string;
    description: string;
    locale: Locale;
    terms: readonly { name: string; description: string; path: string; code: string }[];
  },
  base?: URL,
): JsonLd {
  const url = publicUrl(glossary.path, base);
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTermSet",
    "@id": url,
    url,
    name: glossary.name,
    description: glossary.description,
    inLanguage: glossary.locale,
    hasDefinedTerm: glossary.terms.map((term) => ({
      "@type": "DefinedTerm",
      name: term.name,
      description: term.description,
      termCode: term.code,
      url: publicUrl(term.path, base),
      inDefinedTermSet: url,
    })),
  };
}

/** A practice set: its questions by text (the answers are not written here; the page reveals them after an attempt). */
export function quizJsonLd(quiz: { path: string; name: string; description: string; locale: Locale; about: string; questions: readonly string[] }, base?: URL): JsonLd {
  const url = publicUrl(quiz.path, base);
  return {
    "@context": "https://schema.org",
    "@type": "Quiz",
    "@id": url,
    url,
    name: quiz.name,
    description: quiz.description,
    inLanguage: quiz.locale,
    about: quiz.about,
    educationalUse: "practice",
    isAccessibleForFree: true,
    hasPart: quiz.questions.map((text) => ({ "@type": "Question", eduQuestionType: "Multiple choice", name: text })),
  };
}

/** The text of a JSON-LD script element: `<` escaped so no text can close the script. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
