import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame } from "./diagram-frame";

/** One cell of the grid: the current lens question id and how many best practices it holds, or nothing. */
type Cell = readonly [id: string, practices: number] | null;

interface Labels {
  title: string;
  desc: string;
  caption: string;
  /** Column headers (ML lifecycle phases), one or two lines each. */
  phases: readonly (readonly string[])[];
  /** Row headers, keyed by pillar; shown in the order of `pillarOrder`. */
  pillars: Record<PillarKey, string>;
  totalHeader: string;
  practices: (n: number) => string;
  noQuestion: string;
  example: string;
}

type PillarKey = "ops" | "sec" | "rel" | "perf" | "cost" | "sus";

/** Row order of the grid, matching `rows`. */
const pillarOrder: readonly PillarKey[] = ["ops", "sec", "rel", "perf", "cost", "sus"];

/** The current lens (November 2025 edition): one question per pillar and lifecycle phase. */
const rows: readonly (readonly Cell[])[] = [
  [["MLOPS01", 3], ["MLOPS02", 6], ["MLOPS03", 2], ["MLOPS04", 2], ["MLOPS05", 1], ["MLOPS06", 2]],
  [["MLSEC01", 1], ["MLSEC02", 1], ["MLSEC03", 5], ["MLSEC04", 3], ["MLSEC05", 1], ["MLSEC06", 2]],
  [null, ["MLREL01", 2], ["MLREL02", 3], ["MLREL03", 4], ["MLREL04", 2], ["MLREL05", 2]],
  [["MLPERF01", 1], ["MLPERF02", 2], ["MLPERF03", 1], ["MLPERF04", 6], ["MLPERF05", 2], ["MLPERF06", 6]],
  [["MLCOST01", 2], ["MLCOST02", 2], ["MLCOST03", 4], ["MLCOST04", 14], ["MLCOST05", 3], ["MLCOST06", 4]],
  [["MLSUS01", 1], ["MLSUS02", 2], ["MLSUS03", 3], ["MLSUS04", 4], ["MLSUS05", 4], ["MLSUS06", 2]],
];

function rowTotal(row: readonly Cell[]): number {
  return row.reduce((sum, cell) => sum + (cell ? cell[1] : 0), 0);
}

const labels: Record<Locale, Labels> = {
  ja: {
    title: "現在の機械学習レンズ：ライフサイクルのフェーズ × 柱",
    desc:
      "6 行 6 列の表の図。列は ML ライフサイクルのフェーズで、左からビジネス目標の特定、ML 問題のフレーミング、データ処理、モデル開発、デプロイ、モニタリング。" +
      "行は 6 つの柱で、各マスには現在のレンズの質問 ID と、その下にあるベストプラクティスの数が書かれています。" +
      "運用上の優秀性は MLOPS01 から MLOPS06 で、ベストプラクティスは順に 3、6、2、2、1、2 個、合計 16 個。" +
      "セキュリティは MLSEC01 から MLSEC06 で、1、1、5、3、1、2 個、合計 13 個。" +
      "信頼性はビジネス目標の特定の列に質問がなく、ML 問題のフレーミングが MLREL01、以下 MLREL05 のモニタリングまでで、2、3、4、2、2 個、合計 13 個。" +
      "パフォーマンス効率は MLPERF01 から MLPERF06 で、1、2、1、6、2、6 個、合計 18 個。" +
      "コスト最適化は MLCOST01 から MLCOST06 で、2、2、4、14、3、4 個、合計 29 個。" +
      "持続可能性は MLSUS01 から MLSUS06 で、1、2、3、4、4、2 個、合計 16 個。" +
      "図の下の例: MLOPS03-BP02 は、運用上の優秀性の 3 問目（データ処理）にある 2 番目のベストプラクティスを指します。",
    caption: "各マスの ID は現在のレンズの質問、下の数字はその質問にあるベストプラクティスの数です（2025 年 11 月版）。",
    phases: [["ビジネス目標", "の特定"], ["ML 問題の", "フレーミング"], ["データ処理"], ["モデル開発"], ["デプロイ"], ["モニタリング"]],
    pillars: { ops: "運用上の優秀性", sec: "セキュリティ", rel: "信頼性", perf: "パフォーマンス効率", cost: "コスト最適化", sus: "持続可能性" },
    totalHeader: "計",
    practices: (n) => `BP ${n} 個`,
    noQuestion: "質問なし",
    example: "例: MLOPS03-BP02 ＝ 運用上の優秀性 × データ処理（3 問目）の 2 番目のベストプラクティス",
  },
  en: {
    title: "Today's Machine Learning Lens: lifecycle phases × pillars",
    desc:
      "A grid of six rows and six columns. The columns are the phases of the ML lifecycle, from left to right: business goal identification, ML problem framing, data processing, model development, deployment and monitoring. " +
      "The rows are the six pillars; each cell holds the current lens's question id and, under it, how many best practices that question has. " +
      "Operational excellence is MLOPS01 to MLOPS06 with 3, 6, 2, 2, 1 and 2 best practices, 16 in all. " +
      "Security is MLSEC01 to MLSEC06 with 1, 1, 5, 3, 1 and 2, 13 in all. " +
      "Reliability has no question in the business goal column; ML problem framing is MLREL01, and so on up to MLREL05 for monitoring, with 2, 3, 4, 2 and 2, 13 in all. " +
      "Performance efficiency is MLPERF01 to MLPERF06 with 1, 2, 1, 6, 2 and 6, 18 in all. " +
      "Cost optimization is MLCOST01 to MLCOST06 with 2, 2, 4, 14, 3 and 4, 29 in all. " +
      "Sustainability is MLSUS01 to MLSUS06 with 1, 2, 3, 4, 4 and 2, 16 in all. " +
      "Example under the grid: MLOPS03-BP02 is the second best practice of the third operational excellence question, data processing.",
    caption: "Each cell shows a question of today's lens and, under it, the number of best practices in that question (November 2025 edition).",
    phases: [["Business goal", "identification"], ["ML problem", "framing"], ["Data", "processing"], ["Model", "development"], ["Deployment"], ["Monitoring"]],
    pillars: { ops: "Operational excellence", sec: "Security", rel: "Reliability", perf: "Performance efficiency", cost: "Cost optimization", sus: "Sustainability" },
    totalHeader: "Total",
    practices: (n) => (n === 1 ? "1 BP" : `${n} BPs`),
    noQuestion: "no question",
    example: "Example: MLOPS03-BP02 = operational excellence × data processing (question 3), best practice 2",
  },
};

const LEFT = 8;
const PILLAR_W = 200;
const COL_W = 122;
const TOTAL_W = 58;
const HEADER_TOP = 20;
const HEADER_H = 64;
const ROW_TOP = HEADER_TOP + HEADER_H + 8;
const ROW_H = 62;
const GAP = 4;

/** Rough rendered width of a label: full-width (CJK) characters take 1 em, others about 0.55 em. */
function approxWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.55;
  return ems * fontSize;
}

/** Squeeze a label that would overflow its room instead of letting it spill over the border. */
function fit(text: string, fontSize: number, room: number) {
  return approxWidth(text, fontSize) > room ? { textLength: room, lengthAdjust: "spacingAndGlyphs" as const } : {};
}

/** The current ML Lens as a grid of lifecycle phases (columns) and pillars (rows), with question ids and practice counts. */
export function WaLensMatrixDiagram({ locale }: { locale: Locale }) {
  const t = labels[locale];
  const phaseLeft = LEFT + PILLAR_W;
  const totalLeft = phaseLeft + COL_W * t.phases.length;
  const gridBottom = ROW_TOP + ROW_H * rows.length;
  return (
    <DiagramFrame id="wa-lens-matrix" title={t.title} description={t.desc} viewBox="0 0 1000 560" caption={t.caption}>
      {/* Column headers: lifecycle phases */}
      {t.phases.map((lines, c) => {
        const x = phaseLeft + c * COL_W;
        const cx = x + COL_W / 2;
        const firstY = lines.length > 1 ? HEADER_TOP + 26 : HEADER_TOP + 38;
        return (
          <g key={`phase-${c}`}>
            <rect x={x + GAP} y={HEADER_TOP} width={COL_W - GAP * 2} height={HEADER_H} rx={8} className="diagram-box-accent" />
            {lines.map((line, i) => (
              <text key={line} x={cx} y={firstY + i * 20} textAnchor="middle" className="diagram-text" {...fit(line, 16, COL_W - GAP * 2 - 8)}>
                {line}
              </text>
            ))}
          </g>
        );
      })}
      <text x={totalLeft + TOTAL_W / 2} y={HEADER_TOP + 38} textAnchor="middle" className="diagram-text-strong">
        {t.totalHeader}
      </text>

      {/* Rows: one pillar each */}
      {rows.map((row, r) => {
        const y = ROW_TOP + r * ROW_H;
        const key = pillarOrder[r];
        const pillar = key ? t.pillars[key] : "";
        return (
          <g key={`pillar-${pillar}`}>
            <text x={LEFT + PILLAR_W - 12} y={y + ROW_H / 2 + 5} textAnchor="end" className="diagram-text" {...fit(pillar, 16, PILLAR_W - 16)}>
              {pillar}
            </text>
            {row.map((cell, c) => {
              const x = phaseLeft + c * COL_W;
              const cx = x + COL_W / 2;
              if (!cell) {
                return (
                  <g key={`empty-${c}`}>
                    <rect x={x + GAP} y={y + GAP} width={COL_W - GAP * 2} height={ROW_H - GAP * 2} rx={8} className="diagram-box-muted" />
                    <text x={cx} y={y + ROW_H / 2 + 5} textAnchor="middle" className="diagram-text-small">
                      {t.noQuestion}
                    </text>
                  </g>
                );
              }
              const [id, count] = cell;
              return (
                <g key={id}>
                  <rect x={x + GAP} y={y + GAP} width={COL_W - GAP * 2} height={ROW_H - GAP * 2} rx={8} className="diagram-box" />
                  <text x={cx} y={y + 28} textAnchor="middle" className="diagram-text">
                    {id}
                  </text>
                  <text x={cx} y={y + 48} textAnchor="middle" className="diagram-text-small">
                    {t.practices(count)}
                  </text>
                </g>
              );
            })}
            <text x={totalLeft + TOTAL_W / 2} y={y + ROW_H / 2 + 6} textAnchor="middle" className="diagram-text-strong">
              {rowTotal(row)}
            </text>
          </g>
        );
      })}

      {/* Worked example of reading an id */}
      <circle cx={LEFT + 12} cy={gridBottom + 42} r={12} className="diagram-number" />
      <text x={LEFT + 12} y={gridBottom + 47} textAnchor="middle" className="diagram-number-text">
        ?
      </text>
      <text x={LEFT + 34} y={gridBottom + 47} className="diagram-text">
        {t.example}
      </text>
    </DiagramFrame>
  );
}
