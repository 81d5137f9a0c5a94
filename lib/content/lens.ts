/**
 * The current Machine Learning Lens (AWS, 19 Nov 2025): AWS's own lens file gives the ids, English titles, risk
 * rules and links; our YAML files give the lifecycle phase, Japanese titles and every explanation. The two are
 * joined here and must match exactly: a question or practice missing on either side fails the build.
 */
import fs from "node:fs";
import path from "node:path";
import { customLensSchema, type CustomLens } from "@/lib/review/custom-lens";
import { conditionIds, evaluateRiskRules, type RiskRule } from "@/lib/review/risk-rules";
import { ContentError, parseOrThrow } from "./errors";
import { contentDir, displayPath } from "./paths";
import { lensQuestionSchema, type LensPhase, type LocalizedText, type LessonRef } from "./schemas";
import type { Pillar } from "./taxonomy";
import { loadYamlCollection } from "./yaml-collection";

/** AWS's pillar ids in the lens file → ours. */
export const lensPillars: Record<string, Pillar> = {
  operationalExcellence: "operational-excellence",
  security: "security",
  reliability: "reliability",
  performance: "performance-efficiency",
  costOptimization: "cost-optimization",
  sustainability: "sustainability",
};

/** How much a practice weighs on its own: the question's risk when it is the only one missing. */
export type PracticeWeight = "high" | "medium" | "low";

export interface LensPracticeEntry {
  id: string;
  title: LocalizedText;
  explanation: LocalizedText;
  /** AWS's page for the best practice. */
  url?: string;
  weight: PracticeWeight;
  lessons: LessonRef[];
  services: string[];
}

export interface LensQuestionEntry {
  id: string;
  /** AWS's pillar id, as the Tool knows it. */
  pillarId: string;
  pillar: Pillar;
  phase: LensPhase;
  title: LocalizedText;
  description: LocalizedText;
  practices: LensPracticeEntry[];
  /** The "None of these" choice of AWS's file. */
  noneId: string;
  riskRules: RiskRule[];
}

export interface Lens {
  /** AWS's file, unchanged: what the export is checked against. */
  source: CustomLens;
  questions: LensQuestionEntry[];
}

export function lensSourceFile(): string {
  return path.join(contentDir(), "lens", "aws-machine-learning-lens.json");
}

function questionFile(id: string): string {
  return displayPath(path.join(contentDir(), "lens", "questions", `${id.toLowerCase()}.yaml`));
}

/** The weight of each practice, read off the rules: risk with every other practice chosen and this one not. */
export function practiceWeight(rules: readonly RiskRule[], practiceIds: readonly string[], id: string): PracticeWeight {
  const risk = evaluateRiskRules(rules, practiceIds.filter((p) => p !== id));
  return risk === "HIGH_RISK" ? "high" : risk === "MEDIUM_RISK" ? "medium" : "low";
}

let cache: Lens | undefined;

export function loadLens(): Lens {
  if (cache) return cache;
  const file = lensSourceFile();
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) throw new ContentError(displayPath(file), ["(file): AWS's Machine Learning Lens file is missing"]);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
  } catch (error) {
    throw new ContentError(displayPath(file), [`(file): not valid JSON: ${(error as Error).message}`]);
  }
  const source = parseOrThrow(customLensSchema, data, displayPath(file));
  const ours = new Map(loadYamlCollection(path.join(contentDir(), "lens", "questions"), lensQuestionSchema, (id) => id.toLowerCase()).map((q) => [q.id, q]));
  const questions: LensQuestionEntry[] = [];
  const inSource = new Set<string>();
  for (const pillar of source.pillars) {
    const ourPillar = lensPillars[pillar.id];
    if (!ourPillar) throw new ContentError(displayPath(file), [`pillars (${pillar.id}): not a pillar this site knows`]);
    for (const q of pillar.questions) {
      inSource.add(q.id);
      const content = ours.get(q.id);
      const shown = questionFile(q.id);
      if (!content) throw new ContentError(shown, [`(file): missing — AWS's lens has question ${q.id}, so it needs our description and explanations`]);
      const none = q.choices.find((c) => c.id.endsWith("_no"));
      const practices = q.choices.filter((c) => c !== none);
      const problems: string[] = [];
      if (!none) problems.push(`${q.id} has no "None of these" choice in AWS's file`);
      practices.forEach((c, i) => {
        const mine = content.practices[i];
        if (!mine) problems.push(`practices.${i}: missing ${c.id} (${c.title})`);
        else if (mine.id !== c.id) problems.push(`practices.${i} (${mine.id}).id: expected ${c.id} here, in AWS's order`);
      });
      content.practices.slice(practices.length).forEach((p, i) => problems.push(`practices.${practices.length + i} (${p.id}).id: AWS's ${q.id} has no such practice`));
      for (const rule of q.riskRules) {
        for (const id of conditionIds(rule.condition)) if (!q.choices.some((c) => c.id === id)) problems.push(`AWS's risk rule "${rule.condition}" names ${id}, which is not a choice`);
      }
      if (problems.length > 0) throw new ContentError(shown, problems);
      const ids = practices.map((c) => c.id);
      questions.push({
        id: q.id,
        pillarId: pillar.id,
        pillar: ourPillar,
        phase: content.phase,
        title: { ja: content.title.ja, en: q.title },
        description: content.description,
        noneId: none?.id ?? `${q.id}_no`,
        riskRules: q.riskRules,
        practices: practices.map((c, i) => {
          const mine = content.practices[i]!;
          const url = c.helpfulResource?.url ?? c.improvementPlan?.url;
          return {
            id: c.id,
            title: { ja: mine.title.ja, en: c.title },
            explanation: mine.explanation,
            ...(url ? { url } : {}),
            weight: practiceWeight(q.riskRules, ids, c.id),
            lessons: mine.lessons,
            services: mine.services,
          };
        }),
      });
    }
  }
  for (const id of ours.keys()) {
    if (!inSource.has(id)) throw new ContentError(questionFile(id), [`id: ${id} is not a question of AWS's lens file`]);
  }
  cache = { source, questions };
  return cache;
}
