import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame, StepBadge } from "./diagram-frame";

interface Step {
  title: string;
  lines: readonly [string, string];
}

interface Labels {
  title: string;
  desc: string;
  caption: string;
  /** In loop order: code/CI, pipeline, registry, CD, endpoint, monitoring, retraining trigger. */
  steps: readonly [Step, Step, Step, Step, Step, Step, Step];
  /** One line under the loop: where continuous delivery and continuous deployment differ. */
  gate: string;
}

const labels: Record<Locale, Labels> = {
  ja: {
    title: "SageMaker AI で回す MLOps のループ",
    desc:
      "7 つの箱が輪になった図。1: コードと CI。Git にコードとパイプライン定義を置き、変更のたびにビルドとテストを行い、パイプライン定義を更新する。" +
      "2: SageMaker Pipelines が前処理、学習、評価を行い、基準を満たしたモデルを登録する。" +
      "3: Model Registry に新しいバージョンが承認待ちで入り、人かルールが承認する。" +
      "4: 承認をきっかけに CodePipeline などのデプロイパイプラインが動き、ステージングで試してから本番へデプロイする。" +
      "5: 本番のエンドポイントが推論し、データキャプチャで入出力を S3 に記録する。" +
      "6: 監視が記録をベースラインと比べ、ドリフトや精度の低下を検知して CloudWatch に知らせる。" +
      "7: スケジュール、ドリフトのアラーム、新しいデータの到着を EventBridge が受けて、2 の学習パイプラインを再び動かす。" +
      "図の下の注記: 3 から 4 へ進む前に人の承認を挟むのが継続的デリバリー、挟まずに自動で本番へ出すのが継続的デプロイ。",
    caption: "矢印は 1 から時計回りに進み、7 の再学習で 2 の学習パイプラインに戻ります。",
    steps: [
      { title: "コードと CI", lines: ["Git への変更ごとに", "ビルドとテスト"] },
      { title: "学習パイプライン", lines: ["前処理 → 学習", "→ 評価 → 登録"] },
      { title: "Model Registry", lines: ["新しいバージョン", "承認待ち → 承認"] },
      { title: "デプロイ（CD）", lines: ["ステージングで確認", "→ 本番へ"] },
      { title: "エンドポイント", lines: ["本番で推論", "入出力を記録"] },
      { title: "監視", lines: ["ベースラインと比較", "ドリフトを検知"] },
      { title: "再学習のきっかけ", lines: ["スケジュール・アラーム", "新データ → EventBridge"] },
    ],
    gate: "3 から 4 へ進む前に人の承認を挟むのが継続的デリバリー、挟まずに自動で本番へ出すのが継続的デプロイです。",
  },
  en: {
    title: "The MLOps loop on SageMaker AI",
    desc:
      "Seven boxes arranged in a loop. 1: code and CI. Code and the pipeline definition live in Git; every change is built and tested and the pipeline definition is updated. " +
      "2: SageMaker Pipelines preprocesses, trains and evaluates, and registers the model if it meets the bar. " +
      "3: the new version enters the Model Registry pending approval, and a person or a rule approves it. " +
      "4: the approval starts a deployment pipeline, for example in CodePipeline, which tests the model in staging and then deploys it to production. " +
      "5: the production endpoint serves predictions, and data capture records inputs and outputs in S3. " +
      "6: monitoring compares the records with a baseline, detects drift or falling accuracy, and reports to CloudWatch. " +
      "7: a schedule, a drift alarm or newly arrived data reaches EventBridge, which runs the training pipeline in step 2 again. " +
      "A note under the loop: a human approval between 3 and 4 is continuous delivery; releasing to production automatically is continuous deployment.",
    caption: "The arrows run clockwise from 1; retraining at 7 leads back to the training pipeline at 2.",
    steps: [
      { title: "Code and CI", lines: ["every change to Git", "is built and tested"] },
      { title: "Training pipeline", lines: ["preprocess → train", "→ evaluate → register"] },
      { title: "Model Registry", lines: ["a new version,", "pending → approved"] },
      { title: "Deploy (CD)", lines: ["checked in staging", "→ production"] },
      { title: "Endpoint", lines: ["serves predictions,", "records inputs/outputs"] },
      { title: "Monitoring", lines: ["compares to baseline,", "detects drift"] },
      { title: "Retraining trigger", lines: ["schedule, alarm or", "new data → EventBridge"] },
    ],
    gate: "Human approval between 3 and 4: continuous delivery. Automatic release to production: continuous deployment.",
  },
};

const COL_X = [20, 260, 500, 740] as const;
const BOX_W = 200;
const BOX_H = 96;
const TOP_Y = 40;
const BOTTOM_Y = 220;

/** Grid position (column, row) of each step, in loop order. */
const POSITIONS: readonly (readonly [number, 0 | 1])[] = [
  [0, 0],
  [1, 0],
  [2, 0],
  [3, 0],
  [3, 1],
  [2, 1],
  [1, 1],
];

function Box({ n, step, col, row }: { n: number; step: Step; col: number; row: 0 | 1 }) {
  const x = COL_X[col] ?? 0;
  const y = row === 0 ? TOP_Y : BOTTOM_Y;
  const cx = x + BOX_W / 2;
  return (
    <g>
      <rect x={x} y={y} width={BOX_W} height={BOX_H} rx={10} className={n === 3 ? "diagram-box-accent" : "diagram-box"} />
      <StepBadge n={n} x={x} y={y} />
      <text x={cx} y={y + 30} textAnchor="middle" className="diagram-text-strong">
        {step.title}
      </text>
      <text x={cx} y={y + 56} textAnchor="middle" className="diagram-text-small">
        {step.lines[0]}
      </text>
      <text x={cx} y={y + 78} textAnchor="middle" className="diagram-text-small">
        {step.lines[1]}
      </text>
    </g>
  );
}

/** Code and CI feed a training pipeline; approved models are deployed, monitored and retrained. */
export function MlopsLoopDiagram({ locale }: { locale: Locale }) {
  const t = labels[locale];
  const topMid = TOP_Y + BOX_H / 2;
  const bottomMid = BOTTOM_Y + BOX_H / 2;
  return (
    <DiagramFrame id="mlops-loop" title={t.title} description={t.desc} viewBox="0 0 960 376" caption={t.caption}>
      {t.steps.map((step, i) => {
        const [col, row] = POSITIONS[i] ?? [0, 0];
        return <Box key={step.title} n={i + 1} step={step} col={col} row={row} />;
      })}

      {/* Top row, left to right: 1 → 2 → 3 → 4 */}
      <path d={`M 222 ${topMid} H 256`} className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d={`M 462 ${topMid} H 496`} className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d={`M 702 ${topMid} H 736`} className="diagram-arrow" markerEnd="url(#arrow)" />
      {/* Down: 4 → 5 */}
      <path d={`M 840 ${TOP_Y + BOX_H + 2} V ${BOTTOM_Y - 4}`} className="diagram-arrow" markerEnd="url(#arrow)" />
      {/* Bottom row, right to left: 5 → 6 → 7 */}
      <path d={`M 738 ${bottomMid} H 704`} className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d={`M 498 ${bottomMid} H 464`} className="diagram-arrow" markerEnd="url(#arrow)" />
      {/* Up: 7 → 2 (retraining) */}
      <path
        d={`M 360 ${BOTTOM_Y - 2} V ${TOP_Y + BOX_H + 4}`}
        className="diagram-arrow"
        strokeDasharray="6 5"
        markerEnd="url(#arrow)"
      />

      {/* The approval gate note */}
      <text x={480} y={356} textAnchor="middle" className="diagram-text-small">
        {t.gate}
      </text>
    </DiagramFrame>
  );
}
