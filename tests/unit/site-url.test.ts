import { afterEach, describe, expect, it, vi } from "vitest";
import { pageMetadata } from "@/lib/metadata";
import { absoluteUrl, publicUrl, siteUrl } from "@/lib/routes";
import { glossaryJsonLd, jsonLdText, lessonJsonLd } from "@/lib/structured-data";

afterEach(() => vi.unstubAllEnvs());

const lesson = {
  path: "/en/lessons/a",
  title: "A </script> lesson",
  description: "About A.",
  locale: "en" as const,
  lastReviewed: "2026-11-22",
  section: "Basics",
  siteName: "SageMaker AI Study",
  homePath: "/en",
  crumbs: [{ name: "Home", path: "/en" }, { name: "Lessons", path: "/en/lessons" }, { name: "A" }],
};

describe("absolute URLs only with SITE_URL", () => {
  it("has no site URL, and so no absolute URL, when SITE_URL is unset or blank", () => {
    vi.stubEnv("SITE_URL", "");
    expect(siteUrl()).toBeUndefined();
    expect(absoluteUrl("/ja")).toBeUndefined();
    expect(publicUrl("/ja/glossary")).toBe("/ja/glossary");
    const og = pageMetadata({ locale: "ja", path: "/glossary", title: "用語集" }).openGraph as Record<string, unknown>;
    expect(og.url).toBeUndefined();
    const [article, crumbs] = (lessonJsonLd(lesson) as { "@graph": Record<string, unknown>[] })["@graph"];
    expect(article?.url).toBe("/en/lessons/a");
    expect((crumbs?.itemListElement as { item?: string }[])[0]?.item).toBe("/en");
    expect(JSON.stringify(lessonJsonLd(lesson))).not.toContain("localhost");
  });

  it("uses SITE_URL for every absolute URL when it is set", () => {
    vi.stubEnv("SITE_URL", "https://learn.example.com");
    expect(publicUrl("/ja/glossary")).toBe("https://learn.example.com/ja/glossary");
    const og = pageMetadata({ locale: "en", path: "/lessons/a", title: "A", article: { modifiedTime: "2026-11-22" } }).openGraph as Record<string, unknown>;
    expect(og).toMatchObject({ url: "https://learn.example.com/en/lessons/a", type: "article", modifiedTime: "2026-11-22" });
  });
});

describe("JSON-LD", () => {
  const base = new URL("https://learn.example.com");

  it("describes a lesson as a learning resource and article, with its breadcrumbs", () => {
    const data = lessonJsonLd(lesson, base) as { "@graph": Record<string, unknown>[] };
    const [article, crumbs] = data["@graph"];
    expect(article).toMatchObject({ "@type": ["LearningResource", "Article"], url: "https://learn.example.com/en/lessons/a", dateModified: "2026-11-22", inLanguage: "en" });
    expect(crumbs).toEqual({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://learn.example.com/en" },
        { "@type": "ListItem", position: 2, name: "Lessons", item: "https://learn.example.com/en/lessons" },
        { "@type": "ListItem", position: 3, name: "A" },
      ],
    });
  });

  it("describes the glossary as a set of defined terms", () => {
    const data = glossaryJsonLd({ path: "/ja/glossary", name: "用語集", description: "…", locale: "ja", terms: [{ name: "エンドポイント", description: "推論の窓口", path: "/ja/glossary/endpoint", code: "endpoint" }] }, base);
    expect(data.hasDefinedTerm).toEqual([
      { "@type": "DefinedTerm", name: "エンドポイント", description: "推論の窓口", termCode: "endpoint", url: "https://learn.example.com/ja/glossary/endpoint", inDefinedTermSet: "https://learn.example.com/ja/glossary" },
    ]);
  });

  it("cannot close its script element", () => {
    expect(jsonLdText(lessonJsonLd(lesson, base))).not.toContain("</script>");
    expect(JSON.parse(jsonLdText(lessonJsonLd(lesson, base)))).toEqual(lessonJsonLd(lesson, base));
  });
});
