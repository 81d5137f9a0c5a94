import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame } from "./diagram-frame";

const labels = {
  ja: {
    title: "ML ライフサイクルの 10 フェーズとフィードバックループ",
    desc: "10 個のフェーズが時計回りの輪になった図。上から順に、1 ビジネス目標、2 ML 問題の定式化、3 データ収集、4 データ準備、5 可視化と分析、6 特徴量エンジニアリング、7 学習、8 評価、9 デプロイ、10 モニタリングと進み、モニタリングから再びビジネス目標に戻ります。各フェーズには現在の Well-Architected 機械学習レンズでの呼び名が添えてあり、1 はビジネス目標の特定、2 は ML 問題のフレーミング、3 から 6 はデータ処理、7 と 8 はモデル開発、9 はデプロイ、10 はモニタリングに当たります。輪の内側には 3 本の破線のフィードバックがあります。評価からデータ準備へ戻る線は、データと特徴量を見直すことを表します。評価からビジネス目標へ戻る線は、目標に届かないときに目標と問題設定をやり直すことを表します。モニタリングからデータ収集へ戻る線は、ドリフトを検知したら新しいデータで再学習することを表します。",
    caption: "実線は基本の流れ、破線はやり直しのループ。各枠の小さい文字は、現在の ML レンズでのフェーズ名です。",
    center: "ML ライフサイクル",
    centerSub: "一周で終わらず繰り返す",
    phases: [
      ["ビジネス目標", "ビジネス目標の特定"],
      ["ML 問題の定式化", "ML 問題のフレーミング"],
      ["データ収集", "データ処理"],
      ["データ準備", "データ処理"],
      ["可視化と分析", "データ処理"],
      ["特徴量エンジニアリング", "データ処理"],
      ["学習", "モデル開発"],
      ["評価", "モデル開発"],
      ["デプロイ", "デプロイ"],
      ["モニタリング", "モニタリング"],
    ],
    loopData: "データと特徴量を見直す",
    loopGoal: "目標未達なら設定からやり直す",
    loopDrift: "ドリフト検知 → 新しいデータで再学習",
    legendMain: "基本の流れ",
    legendLoop: "フィードバックループ",
  },
  en: {
    title: "The ten phases of the ML lifecycle and their feedback loops",
    desc: "Ten phases arranged clockwise in a ring. From the top: 1 business goal, 2 ML problem framing, 3 data collection, 4 data preparation, 5 visualise and analyse, 6 feature engineering, 7 training, 8 evaluation, 9 deployment, 10 monitoring, and from monitoring the ring returns to the business goal. Each phase also shows its name in the current Well-Architected Machine Learning Lens: 1 is business goal identification, 2 is ML problem framing, 3 to 6 are data processing, 7 and 8 are model development, 9 is deployment and 10 is monitoring. Inside the ring are three dashed feedback lines. From evaluation back to data preparation: improve the data and the features. From evaluation back to the business goal: when the goal is missed, rethink the goal and the framing. From monitoring back to data collection: when drift is detected, retrain on new data.",
    caption: "Solid arrows are the main flow, dashed arrows are loops back. The small text in each box is the phase's name in the current ML Lens.",
    center: "ML lifecycle",
    centerSub: "a loop, not a line",
    phases: [
      ["Business goal", "business goal identification"],
      ["ML problem framing", "ML problem framing"],
      ["Data collection", "data processing"],
      ["Data preparation", "data processing"],
      ["Visualise & analyse", "data processing"],
      ["Feature engineering", "data processing"],
      ["Training", "model development"],
      ["Evaluation", "model development"],
      ["Deployment", "deployment"],
      ["Monitoring", "monitoring"],
    ],
    loopData: "Improve data and features",
    loopGoal: "Goal missed: reframe",
    loopDrift: "Drift found: retrain on new data",
    legendMain: "Main flow",
    legendLoop: "Feedback loop",
  },
} satisfies Record<Locale, Record<string, string | string[][]>>;

/** Box centres: ten points on an ellipse (centre 500,300; radii 400 and 220), clockwise from the top. */
const centres: ReadonlyArray<readonly [number, number]> = [
  [500, 80],
  [735, 122],
  [880, 232],
  [880, 368],
  [735, 478],
  [500, 520],
  [265, 478],
  [120, 368],
  [120, 232],
  [265, 122],
];

/** Arcs along the same ellipse from each box to the next (the last one closes the ring). */
const ringArrows = [
  "M 600 87 A 400 220 0 0 1 635 93",
  "M 808 159 A 400 220 0 0 1 851 194",
  "M 896 269 A 400 220 0 0 1 896 331",
  "M 851 406 A 400 220 0 0 1 808 441",
  "M 635 507 A 400 220 0 0 1 600 513",
  "M 400 513 A 400 220 0 0 1 365 507",
  "M 192 441 A 400 220 0 0 1 149 406",
  "M 104 331 A 400 220 0 0 1 104 269",
  "M 149 194 A 400 220 0 0 1 192 159",
  "M 365 93 A 400 220 0 0 1 400 87",
];

const BOX_W = 184;
const BOX_H = 60;

/** Rough rendered width of a label: full-width (CJK) characters take 1 em, others about 0.55 em. */
function approxWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.55;
  return ems * fontSize;
}

/** Squeeze a label that would overflow its box instead of letting it spill over the border. */
function fit(text: string, fontSize: number) {
  const room = BOX_W - 14;
  return approxWidth(text, fontSize) > room ? { textLength: room, lengthAdjust: "spacingAndGlyphs" as const } : {};
}

/** The ML lifecycle after CRISP-DM as a ring of ten phases, with the current ML Lens names and three feedback loops. */
export function MlPhasesDiagram({ locale }: { locale: Locale }) {
  const t = labels[locale];
  return (
    <DiagramFrame id="ml-phases" title={t.title} description={t.desc} viewBox="0 0 1000 620" caption={t.caption}>
      {/* Centre label */}
      <text x={640} y={296} textAnchor="middle" className="diagram-text-strong">
        {t.center}
      </text>
      <text x={640} y={320} textAnchor="middle" className="diagram-text-small">
        {t.centerSub}
      </text>

      {/* Feedback loops (dashed) */}
      <path d="M 216 376 Q 500 430 784 376" className="diagram-arrow" strokeDasharray="7 5" markerEnd="url(#arrow)" />
      <text x={500} y={432} textAnchor="middle" className="diagram-text-small">
        {t.loopData}
      </text>
      <path d="M 150 336 Q 310 200 490 114" className="diagram-arrow" strokeDasharray="7 5" markerEnd="url(#arrow)" />
      <text x={250} y={302} className="diagram-text-small">
        {t.loopGoal}
      </text>
      <path d="M 361 130 Q 580 190 784 226" className="diagram-arrow" strokeDasharray="7 5" markerEnd="url(#arrow)" />
      <text x={560} y={248} textAnchor="middle" className="diagram-text-small">
        {t.loopDrift}
      </text>

      {/* The main ring */}
      {ringArrows.map((d) => (
        <path key={d} d={d} className="diagram-arrow" markerEnd="url(#arrow)" />
      ))}

      {/* Phase boxes */}
      {centres.map(([x, y], i) => {
        const phase = t.phases[i];
        if (!phase) return null;
        const [name, lensName] = phase;
        return (
          <g key={`${x}-${y}`}>
            <rect
              x={x - BOX_W / 2}
              y={y - BOX_H / 2}
              width={BOX_W}
              height={BOX_H}
              rx={10}
              className={i === 0 || i === 9 ? "diagram-box-accent" : "diagram-box"}
            />
            <text x={x} y={y - 4} textAnchor="middle" className="diagram-text" {...fit(name ?? "", 16)}>
              {name}
            </text>
            <text x={x} y={y + 18} textAnchor="middle" className="diagram-text-small" {...fit(lensName ?? "", 14)}>
              {lensName}
            </text>
            <circle cx={x - BOX_W / 2} cy={y - BOX_H / 2} r={12} className="diagram-number" />
            <text x={x - BOX_W / 2} y={y - BOX_H / 2 + 5} textAnchor="middle" className="diagram-number-text">
              {i + 1}
            </text>
          </g>
        );
      })}

      {/* Legend */}
      <path d="M 290 596 H 340" className="diagram-arrow" markerEnd="url(#arrow)" />
      <text x={350} y={601} className="diagram-text-small">
        {t.legendMain}
      </text>
      <path d="M 560 596 H 610" className="diagram-arrow" strokeDasharray="7 5" markerEnd="url(#arrow)" />
      <text x={620} y={601} className="diagram-text-small">
        {t.legendLoop}
      </text>
    </DiagramFrame>
  );
}
