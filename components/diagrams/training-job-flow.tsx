import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame, StepBadge } from "./diagram-frame";

const labels = {
  ja: {
    title: "学習ジョブのデータの流れ",
    desc: "左に入力データを置く Amazon S3、中央に学習ジョブ、上に Amazon ECR、右に出力先の Amazon S3 がある図。1: S3 の入力チャネル（train と validation）から、File・FastFile・Pipe のいずれかの入力モードでデータが学習インスタンスに届く。2: 各学習インスタンスは ECR から学習用のコンテナイメージを取得して起動する。学習ジョブの中には 2 台の学習インスタンスがあり、それぞれコンテナが /opt/ml/input/data のデータを読んで学習し、/opt/ml/model にモデルを書く。3: 学習が終わると /opt/ml/model の中身が model.tar.gz にまとめられ、出力先の S3 に保存される。4: /opt/ml/checkpoints のチェックポイントは学習中に S3 と双方向に同期され、スポットの中断後はそこから再開する。インスタンスはジョブの終了とともに解放される。",
    caption: "図中の番号は本文「データの流れ」の 1〜4 に対応しています。",
    s3In: "Amazon S3（入力）",
    trainCh: "train チャネル",
    valCh: "validation チャネル",
    ecr: "Amazon ECR",
    ecrSub: "学習用イメージ",
    job: "学習ジョブ",
    jobSub: "ジョブの間だけ起動",
    instance1: "学習インスタンス 1",
    instance2: "学習インスタンス 2",
    container: "コンテナ",
    s3Out: "Amazon S3（出力）",
    artifact: "model.tar.gz",
    s3Ckpt: "Amazon S3",
    ckpt: "チェックポイント",
    modes: "File / FastFile / Pipe",
  },
  en: {
    title: "How data flows through a training job",
    desc: "A diagram with Amazon S3 holding input data on the left, the training job in the middle, Amazon ECR at the top and the output Amazon S3 location on the right. 1: data from the S3 input channels (train and validation) reaches the training instances in one of the File, FastFile or Pipe input modes. 2: each training instance pulls the training container image from ECR and starts it. Inside the training job are two training instances; in each, the container reads data from /opt/ml/input/data, trains, and writes the model to /opt/ml/model. 3: when training ends, the contents of /opt/ml/model are packed into model.tar.gz and saved to the output location in S3. 4: checkpoints in /opt/ml/checkpoints are synced both ways with S3 during training, and training resumes from them after a spot interruption. The instances are released when the job ends.",
    caption: "The numbers match steps 1–4 under “How the data flows”.",
    s3In: "Amazon S3 (input)",
    trainCh: "train channel",
    valCh: "validation channel",
    ecr: "Amazon ECR",
    ecrSub: "training image",
    job: "Training job",
    jobSub: "only while the job runs",
    instance1: "Training instance 1",
    instance2: "Training instance 2",
    container: "container",
    s3Out: "Amazon S3 (output)",
    artifact: "model.tar.gz",
    s3Ckpt: "Amazon S3",
    ckpt: "checkpoints",
    modes: "File / FastFile / Pipe",
  },
} satisfies Record<Locale, Record<string, string>>;


function Instance({ x, y, label, container }: { x: number; y: number; label: string; container: string }) {
  return (
    <g>
      <rect x={x} y={y} width={300} height={96} rx={8} className="diagram-box-accent" />
      <text x={x + 150} y={y + 24} textAnchor="middle" className="diagram-text-strong">
        {label}
      </text>
      <rect x={x + 16} y={y + 36} width={268} height={48} rx={6} className="diagram-box" />
      <text x={x + 150} y={y + 56} textAnchor="middle" className="diagram-text-small">
        {container}: /opt/ml/input/data
      </text>
      <text x={x + 150} y={y + 76} textAnchor="middle" className="diagram-text-small">
        → /opt/ml/model
      </text>
    </g>
  );
}

/** A training job: S3 input channels and the ECR image go in, model.tar.gz and checkpoints go back to S3. */
export function TrainingJobFlowDiagram({ locale }: { locale: Locale }) {
  const t = labels[locale];
  return (
    <DiagramFrame id="training-job-flow" title={t.title} description={t.desc} viewBox="0 0 960 460" caption={t.caption}>
      {/* ECR at the top */}
      <rect x={355} y={16} width={250} height={64} rx={10} className="diagram-box" />
      <text x={480} y={42} textAnchor="middle" className="diagram-text-strong">{t.ecr}</text>
      <text x={480} y={66} textAnchor="middle" className="diagram-text-small">{t.ecrSub}</text>

      {/* S3 input on the left */}
      <rect x={20} y={150} width={220} height={240} rx={10} className="diagram-box" />
      <text x={130} y={180} textAnchor="middle" className="diagram-text-strong">{t.s3In}</text>
      <rect x={40} y={200} width={180} height={56} rx={8} className="diagram-box-muted" />
      <text x={130} y={234} textAnchor="middle" className="diagram-text">{t.trainCh}</text>
      <rect x={40} y={278} width={180} height={56} rx={8} className="diagram-box-muted" />
      <text x={130} y={312} textAnchor="middle" className="diagram-text">{t.valCh}</text>

      {/* Training job in the middle */}
      <rect x={300} y={120} width={360} height={320} rx={12} className="diagram-box-muted" />
      <text x={480} y={148} textAnchor="middle" className="diagram-text-strong">{t.job}</text>
      <text x={480} y={170} textAnchor="middle" className="diagram-text-small">{t.jobSub}</text>
      <Instance x={330} y={190} label={t.instance1} container={t.container} />
      <Instance x={330} y={316} label={t.instance2} container={t.container} />

      {/* Outputs on the right */}
      <rect x={720} y={150} width={220} height={110} rx={10} className="diagram-box" />
      <text x={830} y={190} textAnchor="middle" className="diagram-text-strong">{t.s3Out}</text>
      <text x={830} y={224} textAnchor="middle" className="diagram-text">{t.artifact}</text>
      <rect x={720} y={330} width={220} height={110} rx={10} className="diagram-box" />
      <text x={830} y={370} textAnchor="middle" className="diagram-text-strong">{t.s3Ckpt}</text>
      <text x={830} y={404} textAnchor="middle" className="diagram-text">{t.ckpt}</text>

      {/* Arrows */}
      <path d="M 240 255 H 296" className="diagram-arrow" markerEnd="url(#arrow)" />
      <text x={130} y={368} textAnchor="middle" className="diagram-text-small">{t.modes}</text>
      <path d="M 480 80 V 116" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 660 205 H 716" className="diagram-arrow" markerEnd="url(#arrow)" />
      <path d="M 664 385 H 716" className="diagram-arrow" markerStart="url(#arrow)" markerEnd="url(#arrow)" />

      {/* Step numbers */}
      <StepBadge n={1} x={268} y={228} />
      <StepBadge n={2} x={520} y={98} />
      <StepBadge n={3} x={688} y={178} />
      <StepBadge n={4} x={690} y={358} />
    </DiagramFrame>
  );
}
