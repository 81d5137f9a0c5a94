import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame, StepBadge } from "./diagram-frame";

const labels = {
  ja: {
    title: "開発から推論までの 10 ステップ",
    desc: "開発・学習・推論の 3 列に分かれた図。1: ノートブックから学習データを Amazon S3 に置く。2: ノートブックでコードを試す。3: 学習用と推論用のコンテナイメージを Amazon ECR に用意する。4: ノートブックから学習ジョブを開始する。5: 学習インスタンスが起動し、ECR のイメージと S3 のデータを取り込む。6: 学習済みモデルのアーティファクトを S3 に書き出す。7: 学習インスタンスは自動で停止する。8: ノートブックからモデルとエンドポイント設定を作り、エンドポイントを作成する。9: 推論インスタンスが ECR の推論イメージと S3 のアーティファクトを読み込む。10: アプリケーションがエンドポイントを呼び出して推論結果を受け取る。",
    caption: "図中の番号は本文の手順 1〜10 に対応しています。",
    develop: "開発",
    train: "学習",
    infer: "推論",
    notebook: "ノートブック",
    notebookSub: "Studio・ノートブック",
    trainingJob: "学習ジョブ",
    trainingInstances: "学習インスタンス",
    trainingSub: "ジョブの間だけ起動",
    endpoint: "エンドポイント",
    inferenceInstances: "推論インスタンス",
    inferenceSub: "常時稼働で待機",
    app: "アプリケーション",
    ecrSub: "コンテナイメージ",
    s3Sub: "学習データ・モデルアーティファクト",
  },
  en: {
    title: "Ten steps from development to inference",
    desc: "A diagram in three columns: develop, train, infer. 1: from the notebook, put the training data in Amazon S3. 2: try the code in the notebook. 3: have the training and inference container images in Amazon ECR. 4: start a training job from the notebook. 5: training instances start and pull the image from ECR and the data from S3. 6: the trained model artifact is written to S3. 7: the training instances stop on their own. 8: from the notebook, create a model, an endpoint configuration and an endpoint. 9: the inference instances load the inference image from ECR and the artifact from S3. 10: the application calls the endpoint and gets predictions back.",
    caption: "The numbers match steps 1–10 in the text.",
    develop: "Develop",
    train: "Train",
    infer: "Infer",
    notebook: "Notebook",
    notebookSub: "Studio / notebook instance",
    trainingJob: "Training job",
    trainingInstances: "Training instances",
    trainingSub: "only while the job runs",
    endpoint: "Endpoint",
    inferenceInstances: "Inference instances",
    inferenceSub: "always on, waiting",
    app: "Application",
    ecrSub: "container images",
    s3Sub: "training data and model artifacts",
  },
} satisfies Record<Locale, Record<string, string>>;


/** The numbered develop → train → infer flow of SageMaker AI, with S3 and ECR underneath. */
export function SagemakerFlowDiagram({ locale }: { locale: Locale }) {
  const t = labels[locale];
  return (
    <DiagramFrame id="sagemaker-flow" title={t.title} description={t.desc} viewBox="0 0 960 530" caption={t.caption}>
      {/* Phase columns */}
      {[
        [20, t.develop],
        [340, t.train],
        [660, t.infer],
      ].map(([x, label]) => (
        <g key={String(label)}>
          <rect x={Number(x)} y={48} width={280} height={340} rx={12} className="diagram-box-muted" />
          <text x={Number(x) + 140} y={34} textAnchor="middle" className="diagram-text-strong">
            {label}
          </text>
        </g>
      ))}

      {/* Develop */}
      <rect x={50} y={90} width={220} height={80} rx={10} className="diagram-box-accent" />
      <text x={160} y={124} textAnchor="middle" className="diagram-text-strong">{t.notebook}</text>
      <text x={160} y={150} textAnchor="middle" className="diagram-text-small">{t.notebookSub}</text>

      {/* Train */}
      <rect x={370} y={90} width={220} height={120} rx={10} className="diagram-box" />
      <text x={480} y={114} textAnchor="middle" className="diagram-text-strong">{t.trainingJob}</text>
      <rect x={390} y={128} width={180} height={66} rx={8} className="diagram-box-accent" />
      <text x={480} y={156} textAnchor="middle" className="diagram-text">{t.trainingInstances}</text>
      <text x={480} y={180} textAnchor="middle" className="diagram-text-small">{t.trainingSub}</text>

      {/* ECR */}
      <rect x={440} y={262} width={150} height={60} rx={10} className="diagram-box" />
      <text x={522} y={288} textAnchor="middle" className="diagram-text-strong">Amazon ECR</text>
      <text x={522} y={310} textAnchor="middle" className="diagram-text-small">{t.ecrSub}</text>

      {/* Infer */}
      <rect x={690} y={90} width={220} height={120} rx={10} className="diagram-box" />
      <text x={800} y={114} textAnchor="middle" className="diagram-text-strong">{t.endpoint}</text>
      <rect x={710} y={128} width={180} height={66} rx={8} className="diagram-box-accent" />
      <text x={800} y={156} textAnchor="middle" className="diagram-text">{t.inferenceInstances}</text>
      <text x={800} y={180} textAnchor="middle" className="diagram-text-small">{t.inferenceSub}</text>
      <rect x={690} y={320} width={160} height={50} rx={10} className="diagram-box" />
      <text x={770} y={351} textAnchor="middle" className="diagram-text">{t.app}</text>

      {/* S3 */}
      <rect x={50} y={430} width={860} height={74} rx={10} className="diagram-box" />
      <text x={480} y={462} textAnchor="middle" className="diagram-text-strong">Amazon S3</text>
      <text x={480} y={488} textAnchor="middle" className="diagram-text-small">{t.s3Sub}</text>

      {/* Arrows */}
      <path d="M 110 170 V 426" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 270 150 H 386" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 385 430 V 214" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 420 194 V 426" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 522 262 V 214" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 160 90 V 64 H 800 V 86" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 590 292 H 740 V 214" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 885 430 V 214" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 770 316 V 214" className="diagram-arrow" markerStart="url(#arrow)" markerEnd="url(#arrow)" />

      {/* Step numbers */}
      <StepBadge n={1} x={110} y={300} />
      <StepBadge n={2} x={255} y={104} />
      <StepBadge n={3} x={454} y={276} />
      <StepBadge n={4} x={320} y={134} />
      <StepBadge n={5} x={385} y={360} />
      <StepBadge n={6} x={420} y={400} />
      <StepBadge n={7} x={574} y={104} />
      <StepBadge n={8} x={480} y={64} />
      <StepBadge n={9} x={650} y={292} />
      <StepBadge n={9} x={885} y={330} />
      <StepBadge n={10} x={770} y={262} />
    </DiagramFrame>
  );
}
