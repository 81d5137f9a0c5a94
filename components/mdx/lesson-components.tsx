import type { MDXComponents } from "mdx/types";
import { useId, type ComponentProps, type ComponentType, type ReactNode } from "react";
import { diagrams } from "@/components/diagrams";
import type { Site } from "@/lib/content/site";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { Callout, type CalloutType } from "./callout";
import { CodeBlock } from "./code-block";
import { AnchoredHeading } from "./heading";
import { LessonLinkView, ServiceLink, TermLink } from "./cross-links";

type Lookup = Pick<Site, "serviceById" | "termById" | "lessonBySlug">;

function missing(kind: string, id: string): never {
  // The build validates links first; reaching this means a component was used outside a checked lesson.
  throw new Error(`unknown ${kind} id "${id}"`);
}

/** The components a lesson may use, bound to the page's language and the loaded content. */
export function lessonComponents(locale: Locale, site: Lookup): MDXComponents {
  const t = getDictionary(locale);
  /** `plain` is set by the MDX pipeline on a term's later uses in a section: only the first one is a link. */
  function Term({ id, children, plain }: { id: string; children?: ReactNode; plain?: boolean }) {
    const instance = useId().replace(/[^a-zA-Z0-9_-]/g, "");
    const term = site.termById.get(id) ?? missing("term", id);
    if (plain) return <>{children ?? term[locale].name}</>;
    return (
      <TermLink term={term} locale={locale} instance={instance}>
        {children}
      </TermLink>
    );
  }
  return {
    Callout: ({ type, title, children }: { type: CalloutType; title?: string; children: ReactNode }) => (
      <Callout type={type} title={title} labels={t.callout}>
        {children}
      </Callout>
    ),
    Svc: ({ id, children }: { id: string; children?: ReactNode }) => (
      <ServiceLink service={site.serviceById.get(id) ?? missing("service", id)} locale={locale}>
        {children}
      </ServiceLink>
    ),
    Term,
    LessonLink: ({ slug, anchor, children }: { slug: string; anchor?: string; children?: ReactNode }) => {
      const lesson = site.lessonBySlug.get(slug) ?? missing("lesson", slug);
      const version = lesson.versions[locale];
      const heading = anchor ? version.toc.find((entry) => entry.id === anchor)?.text : undefined;
      return (
        <LessonLinkView href={routes.lesson(locale, slug, anchor)}>
          {children ?? (heading ? `${version.frontmatter.title}: ${heading}` : version.frontmatter.title)}
        </LessonLinkView>
      );
    },
    Diagram: ({ name }: { name: string }) => {
      const registry: Record<string, ComponentType<{ locale: Locale }>> = diagrams;
      const Component = registry[name] ?? missing("diagram", name);
      return <Component locale={locale} />;
    },
    h2: ({ id, children }: ComponentProps<"h2">) => (
      <AnchoredHeading level={2} id={id} label={t.lesson.permalink}>
        {children}
      </AnchoredHeading>
    ),
    h3: ({ id, children }: ComponentProps<"h3">) => (
      <AnchoredHeading level={3} id={id} label={t.lesson.permalink}>
        {children}
      </AnchoredHeading>
    ),
    pre: (props: ComponentProps<"pre">) => <CodeBlock {...props} labels={t.code} />,
    table: (props: ComponentProps<"table">) => (
      <div className="my-6 overflow-x-auto" tabIndex={0} role="region" aria-label={locale === "ja" ? "表" : "Table"}>
        <table {...props} />
      </div>
    ),
    a: ({ href = "", children, ...rest }: ComponentProps<"a">) =>
      /^https?:\/\//.test(href) ? (
        <a href={href} {...rest} target="_blank" rel="noopener noreferrer">
          {children}
          <span className="sr-only"> {t.a11y.opensInNewTab}</span>
        </a>
      ) : (
        <a href={href} {...rest}>
          {children}
        </a>
      ),
  };
}
