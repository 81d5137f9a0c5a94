import type { Dictionary } from "@/lib/i18n/dictionaries";
import { customLensSchema, type CustomLens } from "./custom-lens";
import { improvementPlan, questionRisk, summarizeByPillar, type ReviewAnswer } from "./risk";
import type { ReviewState } from "./store";
import type { ReviewQuestionView } from "./view";

type ReviewLabels = Dictionary["review"];

const lensId = (id: string) => id.replace(/-/g, "_");

/** Cuts text to `max` characters (not UTF-16 units), with an ellipsis when cut. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * The review's questions as a Well-Architected Tool custom lens. Risk rules follow the practices' own risks:
 * all practices → no risk; all high-risk practices → medium risk; anything less → high risk.
 */
export function buildCustomLens(questions: readonly ReviewQuestionView[], labels: ReviewLabels, origin: string): CustomLens {
  const pillars = new Map<string, { id: string; name: string; questions: CustomLens["pillars"][number]["questions"] }>();
  for (const q of questions) {
    const pillar = pillars.get(q.pillar) ?? { id: lensId(q.pillar), name: q.pillarName, questions: [] };
    const choiceId = (id: string) => lensId(id);
    const all = q.choices.map((c) => choiceId(c.id));
    const high = q.choices.filter((c) => c.risk === "high").map((c) => choiceId(c.id));
    const riskRules: CustomLens["pillars"][number]["questions"][number]["riskRules"] = [{ condition: all.join(" && "), risk: "NO_RISK" }];
    const onlyHighMissingMeansHigh = high.length > 0 && high.length < all.length;
    if (onlyHighMissingMeansHigh) riskRules.push({ condition: high.join(" && "), risk: "MEDIUM_RISK" });
    riskRules.push({ condition: "default", risk: high.length > 0 ? "HIGH_RISK" : "MEDIUM_RISK" });
    pillar.questions.push({
      id: lensId(q.id),
      title: clip(`${q.code}: ${q.title}`, 128),
      description: clip(`${q.description}${q.current.length > 0 ? `\n${labels.current}: ${q.current.map((c) => `${c.id} ${c.title}`).join("; ")}` : ""}`, 2048),
      choices: q.choices.map((c) => {
        const link = c.links[0];
        return {
          id: choiceId(c.id),
          title: clip(c.title, 256),
          ...(link ? { helpfulResource: { displayText: clip(link.label, 1024), url: new URL(link.href, origin).toString() } } : {}),
          improvementPlan: { displayText: clip(c.description, 1024), ...(link ? { url: new URL(link.href, origin).toString() } : {}) },
        };
      }),
      riskRules,
    });
    pillars.set(q.pillar, pillar);
  }
  // Validate against the format before anyone downloads it.
  return customLensSchema.parse({ schemaVersion: "2021-11-01", name: clip(labels.lensName, 128), description: clip(labels.lensDescription, 2048), pillars: [...pillars.values()] });
}

/** A Markdown report: summary per pillar, improvement plan, and every answer with its notes. */
export function buildMarkdownReport(
  questions: readonly ReviewQuestionView[],
  state: ReviewState,
  labels: ReviewLabels,
  now: Date,
  origin: string,
): string {
  const answers: Record<string, ReviewAnswer> = state.answers;
  const lines: string[] = [];
  const abs = (href: string) => new URL(href, origin).toString();
  lines.push(`# ${labels.reportTitle}: ${state.workload.name.trim() || labels.unnamed}`, "");
  if (state.workload.description.trim()) lines.push(state.workload.description.trim(), "");
  lines.push(`${labels.reportDate}: ${now.toISOString().slice(0, 10)}`, "");
  lines.push(`## ${labels.summaryTitle}`, "");
  lines.push(`| ${labels.pillar} | ${labels.risks.high} | ${labels.risks.medium} | ${labels.risks.none} | ${labels.risks["not-applicable"]} | ${labels.risks.unanswered} |`);
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
  const names = new Map(questions.map((q) => [q.pillar, q.pillarName]));
  for (const s of summarizeByPillar(questions, answers)) {
    const c = s.counts;
    lines.push(`| ${names.get(s.pillar) ?? s.pillar} | ${c.high} | ${c.medium} | ${c.none} | ${c["not-applicable"]} | ${c.unanswered} |`);
  }
  lines.push("", `## ${labels.planTitle}`, "");
  const plan = improvementPlan(questions, answers);
  const byId = new Map(questions.map((q) => [q.id, q]));
  if (plan.length === 0) lines.push(labels.planEmpty);
  for (const item of plan) {
    const q = byId.get(item.questionId);
    const links = item.choice.links.map((l) => `[${l.label}](${abs(l.href)})`).join(", ");
    lines.push(`- **${q?.code ?? item.questionId}** ${item.choice.title} (${labels.practiceRisk[item.choice.risk]}): ${item.choice.description}${links ? ` ${labels.learn}: ${links}` : ""}`);
  }
  let pillar = "";
  for (const q of questions) {
    if (q.pillar !== pillar) {
      pillar = q.pillar;
      lines.push("", `## ${q.pillarName}`);
    }
    const answer = answers[q.id];
    lines.push("", `### ${q.code}: ${q.title}`, "", `${labels.risk}: **${labels.risks[questionRisk(q, answer)]}**`, "");
    const selected = new Set(answer && !answer.none ? answer.selected : []);
    for (const c of q.choices) lines.push(`- [${selected.has(c.id) ? "x" : " "}] ${c.title}`);
    if (answer?.none) lines.push(`- [x] ${labels.none}`);
    if (answer?.notApplicable) lines.push(`- [x] ${labels.notApplicable}`);
    if (answer?.notes.trim()) lines.push("", `${labels.notes}: ${answer.notes.trim().replace(/\n+/g, " ")}`);
    lines.push("", `${labels.current}: ${q.current.map((c) => `${c.id} ${c.title}`).join("; ")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Practices missing per question in a milestone and now: which questions changed risk. */
export function compareRisks(questions: readonly ReviewQuestionView[], then: Record<string, ReviewAnswer>, now: Record<string, ReviewAnswer>) {
  return questions
    .map((q) => ({ id: q.id, code: q.code, title: q.title, then: questionRisk(q, then[q.id]), now: questionRisk(q, now[q.id]) }))
    .filter((row) => row.then !== row.now);
}

