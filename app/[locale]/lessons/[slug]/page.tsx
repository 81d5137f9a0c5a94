import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonArticle } from "@/components/lesson/lesson-article";
import { getLessonView, lessonStaticParams } from "@/lib/content/lesson-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";

export const dynamicParams = false;
export const generateStaticParams = lessonStaticParams;

type Params = Promise<{ locale: string; slug: string }>;

async function view(params: Params) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const lesson = await getLessonView(locale, slug);
  if (!lesson) notFound();
  return { locale, lesson };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, lesson } = await view(params);
  return pageMetadata({
    locale,
    path: `/lessons/${lesson.lesson.slug}`,
    title: lesson.version.frontmatter.title,
    description: lesson.version.frontmatter.description,
    available: lesson.available,
    noindex: lesson.untranslated,
    article: { modifiedTime: lesson.version.frontmatter.lastReviewed, section: getDictionary(locale).sections[lesson.lesson.section] },
  });
}

export default async function LessonPage({ params }: { params: Params }) {
  const { locale, lesson } = await view(params);
  return <LessonArticle locale={locale} view={lesson} />;
}
