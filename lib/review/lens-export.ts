/**
 * The current ML Lens as a Well-Architected Tool custom lens in one language: AWS's file with the same
 * schemaVersion, pillar, question and choice ids and risk rules, carrying our titles (Japanese) and our
 * descriptions and explanations. Validated against the format before it is written.
 */
import type { Lens } from "@/lib/content/lens";
import { pillarLabels } from "@/lib/content/taxonomy";
import type { Locale } from "@/lib/i18n/locales";
import { customLensSchema, type CustomLens } from "./custom-lens";

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

const noneTitle: Record<Locale, string> = { ja: "いずれも該当しない", en: "None of these" };

export function buildLocalizedLens(lens: Lens, locale: Locale, meta: { name: string; description: string }): CustomLens {
  const byId = new Map(lens.questions.map((q) => [q.id, q]));
  const pillars = lens.source.pillars.map((pillar) => ({
    id: pillar.id,
    name: locale === "en" ? pillar.name : (byId.get(pillar.questions[0]?.id ?? "") ? pillarLabels[byId.get(pillar.questions[0]?.id ?? "")!.pillar].ja : pillar.name),
    questions: pillar.questions.map((q) => {
      const ours = byId.get(q.id);
      if (!ours) throw new Error(`lens question ${q.id} has no content`);
      const practices = new Map(ours.practices.map((p) => [p.id, p]));
      return {
        id: q.id,
        title: clip(ours.title[locale], 128),
        description: clip(ours.description[locale], 2048),
        choices: q.choices.map((c) => {
          const p = practices.get(c.id);
          const url = c.helpfulResource?.url ?? c.improvementPlan?.url;
          if (!p) return { id: c.id, title: locale === "en" ? c.title : noneTitle.ja, ...(c.helpfulResource ? { helpfulResource: { displayText: locale === "en" ? c.helpfulResource.displayText : "この質問のベストプラクティスをどれも実践していない場合に選びます。", ...(url ? { url } : {}) } } : {}), ...(c.improvementPlan ? { improvementPlan: { displayText: clip(noneTitle[locale], 1024), ...(c.improvementPlan.url ? { url: c.improvementPlan.url } : {}) } } : {}) };
          const text = clip(p.explanation[locale], 1024);
          return {
            id: c.id,
            title: clip(p.title[locale], 256),
            helpfulResource: { displayText: text, ...(url ? { url } : {}) },
            improvementPlan: { displayText: text, ...(url ? { url } : {}) },
          };
        }),
        riskRules: q.riskRules.map((r) => ({ condition: r.condition, risk: r.risk })),
      };
    }),
  }));
  return customLensSchema.parse({ schemaVersion: lens.source.schemaVersion, name: clip(meta.name, 128), description: clip(meta.description, 2048), pillars });
}
