import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { lessonComponents } from "@/components/mdx/lesson-components";
import { BacklinkList } from "@/components/layout/backlink-list";
import type { LessonView } from "@/lib/content/lesson-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { publicUrl, routes } from "@/lib/routes";
import { Callout } from "@/components/mdx/callout";
import { LessonMeta } from "./lesson-meta";
import { LessonPager } from "./lesson-pager";
import { TableOfContents } from "./table-of-contents";
import { TermCards } from "@/components/mdx/term-cards.client";
import { TocSheet } from "./toc-sheet.client";
import { TocSpy } from "./toc-spy.client";
import { PrintRunningHead } from "./print-running-head.client";
import { JsonLd } from "@/components/layout/json-ld";
import { lessonJsonLd } from "@/lib/structured-data";

/** A lesson page: breadcrumbs, title, meta, table of contents, body, sources, previous / next. */
export function LessonArticle({ locale, view }: { locale: Locale; view: LessonView }) {
  const t = getDictionary(locale);
  const { version, lesson, lookup } = view;
  const { frontmatter } = version;
  const Content = version.Content;
  const contentLang = version.locale;
  const crumbs = [
    { label: t.nav.home, href: routes.home(locale) },
    { label: t.nav.lessons, href: routes.lessons(locale) },
    { label: t.sections[lesson.section], href: `${routes.lessons(locale)}#${lesson.section}` },
    { label: frontmatter.title },
  ];
  const structured = lessonJsonLd({
    path: routes.lesson(locale, lesson.slug),
    title: frontmatter.title,
    description: frontmatter.description,
    locale: contentLang,
    lastReviewed: frontmatter.lastReviewed,
    section: t.sections[lesson.section],
    siteName: t.site.name,
    homePath: routes.home(locale),
    crumbs: crumbs.map((c) => ({ name: c.label, path: c.href })),
  });
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <article lang={contentLang === locale ? undefined : contentLang} className="min-w-0 max-w-3xl">
        <JsonLd data={structured} />
        <PrintRunningHead title={frontmatter.title} url={publicUrl(routes.lesson(locale, lesson.slug))} />
        <Breadcrumbs label={t.a11y.breadcrumbs} items={crumbs} />
        <p className="text-sm font-medium text-accent">{t.lesson.lessonNumber(view.position)}</p>
        <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{frontmatter.title}</h1>
        <p className="mt-3 text-lg text-muted">{frontmatter.description}</p>
        <LessonMeta t={t} locale={locale} minutes={version.readingMinutes} lastReviewed={frontmatter.lastReviewed} />
        {view.untranslated ? (
          <div lang={locale}>
            <Callout type="note" title={t.lesson.untranslatedTitle} labels={t.callout}>
              <p>{t.lesson.untranslatedBody}</p>
            </Callout>
          </div>
        ) : null}
        <div className="prose mt-8" data-testid="lesson-body" data-lesson-body="">
          <Content components={lessonComponents(locale, lookup)} />
        </div>
        <TermCards />
        <section aria-labelledby="sources-heading" className="mt-12 rounded-lg border border-border bg-surface p-4 text-sm">
          <h2 id="sources-heading" className="font-bold">
            {t.lesson.sources}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {frontmatter.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                  <span className="sr-only"> {t.a11y.opensInNewTab}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
        {view.practice.length > 0 ? (
          <section aria-labelledby="practice-title" className="no-print mt-10 rounded-lg border border-border p-4" data-testid="lesson-practice">
            <h2 id="practice-title" className="text-xl font-bold">
              {t.lesson.practiceTitle}
            </h2>
            <p className="mt-1">{t.lesson.practiceLead}</p>
            <BacklinkList items={view.practice} empty="" />
          </section>
        ) : null}
        <LessonPager t={t} previous={view.previous} next={view.next} />
        {version.toc.length > 0 ? (
          <TocSheet label={t.lesson.toc} close={t.lesson.tocClose}>
            <TableOfContents entries={version.toc} label={t.lesson.toc} id="toc-sheet" />
          </TocSheet>
        ) : null}
        <TocSpy />
      </article>
      <aside className="no-print hidden lg:block">
        <div className="sticky top-24 max-h-[calc(100vh-7rem)] overflow-y-auto">
          <TableOfContents entries={version.toc} label={t.lesson.toc} id="toc-desktop" />
        </div>
      </aside>
    </div>
  );
}
