import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame, StepBadge } from "./diagram-frame";

/**
 * Four reference architectures for the "scenarios" lesson: an application built on AI services,
 * custom models on a data lake, Spark ETL feeding SageMaker AI, and ML at the edge.
 * Each diagram is data: boxes placed on a 960-wide canvas, dashed groups around related boxes,
 * arrows as SVG paths, and numbered badges that match the numbered steps in the lesson text.
 * Positions are shared by both languages; only the labels differ.
 */

interface BoxSpec {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Highlight the box that is the heart of the scenario. */
  accent?: boolean;
  /** Step number shown as a badge on the box's top-left corner. */
  n?: number;
}

interface GroupSpec {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface ArrowSpec {
  d: string;
  /** Draw an arrow head at both ends. */
  both?: boolean;
}

interface Layout {
  height: number;
  groups: readonly GroupSpec[];
  boxes: readonly BoxSpec[];
  arrows: readonly ArrowSpec[];
}

interface BoxLabel {
  name: string;
  sub?: string;
}

interface ScenarioLabels {
  title: string;
  desc: string;
  caption: string;
  groups: Record<string, string>;
  boxes: Record<string, BoxLabel>;
}


function ScenarioDiagram({ id, layout, t }: { id: string; layout: Layout; t: ScenarioLabels }) {
  return (
    <DiagramFrame id={id} title={t.title} description={t.desc} viewBox={`0 0 960 ${layout.height}`} caption={t.caption}>
      {layout.groups.map((g) => (
        <g key={g.id}>
          <rect x={g.x} y={g.y} width={g.w} height={g.h} rx={12} className="diagram-box-muted" />
          <text x={g.x + 14} y={g.y + 22} className="diagram-text-small">
            {t.groups[g.id]}
          </text>
        </g>
      ))}
      {layout.arrows.map((a) => (
        <path
          key={a.d}
          d={a.d}
          className="diagram-arrow"
          markerEnd="url(#arrow)"
          markerStart={a.both ? "url(#arrow)" : undefined}
        />
      ))}
      {layout.boxes.map((b) => {
        const label = t.boxes[b.id] ?? { name: b.id };
        const cx = b.x + b.w / 2;
        const nameY = label.sub ? b.y + b.h / 2 - 4 : b.y + b.h / 2 + 6;
        return (
          <g key={b.id}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={10} className={b.accent ? "diagram-box-accent" : "diagram-box"} />
            <text x={cx} y={nameY} textAnchor="middle" className="diagram-text-strong">
              {label.name}
            </text>
            {label.sub ? (
              <text x={cx} y={nameY + 22} textAnchor="middle" className="diagram-text-small">
                {label.sub}
              </text>
            ) : null}
            {b.n !== undefined ? <StepBadge n={b.n} x={b.x + 4} y={b.y + 4} /> : null}
          </g>
        );
      })}
    </DiagramFrame>
  );
}

/* ------------------------------------------------------------------------------------------ */
/* 1. An application built on AI services: a contact-centre and document-processing workflow */
/* ------------------------------------------------------------------------------------------ */

const aiServicesLayout: Layout = {
  height: 480,
  groups: [{ id: "ai", x: 20, y: 176, w: 920, h: 134 }],
  boxes: [
    { id: "source", x: 20, y: 50, w: 200, h: 76 },
    { id: "s3in", x: 260, y: 50, w: 200, h: 76, n: 1 },
    { id: "events", x: 500, y: 50, w: 200, h: 76, n: 2 },
    { id: "sfn", x: 740, y: 50, w: 200, h: 76 },
    { id: "transcribe", x: 40, y: 216, w: 200, h: 70, n: 3 },
    { id: "textract", x: 265, y: 216, w: 200, h: 70, n: 3 },
    { id: "comprehend", x: 490, y: 216, w: 200, h: 70, n: 4 },
    { id: "translate", x: 715, y: 216, w: 205, h: 70, n: 4 },
    { id: "bedrock", x: 20, y: 350, w: 220, h: 76, accent: true, n: 5 },
    { id: "s3out", x: 265, y: 350, w: 200, h: 76, n: 6 },
    { id: "analytics", x: 490, y: 350, w: 200, h: 76, n: 7 },
    { id: "api", x: 715, y: 350, w: 225, h: 76, n: 8 },
  ],
  arrows: [
    { d: "M 220 88 H 256" },
    { d: "M 460 88 H 496" },
    { d: "M 700 88 H 736" },
    { d: "M 840 126 V 172" },
    { d: "M 130 310 V 346" },
    { d: "M 240 388 H 261" },
    { d: "M 465 388 H 486" },
    { d: "M 828 426 V 456 H 365 V 430" },
  ],
};

const aiServicesLabels: Record<Locale, ScenarioLabels> = {
  ja: {
    title: "シナリオ 1: AI サービスで作るアプリケーション（問い合わせ対応と書類処理）",
    desc:
      "上段は左から右へ、通話録音や申込書類、Amazon S3 の入力用バケット、Amazon EventBridge、AWS Step Functions の順に並ぶ。1: 録音や書類が S3 の入力用バケットに置かれる。2: EventBridge がアップロードを検知し、Step Functions のワークフローを開始する。中段の枠は Step Functions が順に呼び出す AI サービスで、3: Amazon Transcribe が音声を文字にし（通話分析と個人情報の伏せ字化）、Amazon Textract が書類から文字・表・フォームを取り出す。4: Amazon Comprehend が感情やエンティティを分析し、Amazon Translate が共通の言語にそろえる。下段は左から、5: Amazon Bedrock の基盤モデルがガードレールを適用しながら要約と分類を作る。6: 結果を S3 の結果用バケットに保存する。7: Amazon Athena で集計し Amazon QuickSight のダッシュボードで見る。8: 担当者のアプリは Amazon API Gateway と AWS Lambda を通して結果を照会する。",
    caption: "番号は本文の手順 1〜8 に対応しています。モデルの学習も推論サーバーの運用もありません。",
    groups: { ai: "Step Functions が順に呼び出す AI サービス" },
    boxes: {
      source: { name: "通話録音・書類", sub: "コンタクトセンター" },
      s3in: { name: "Amazon S3", sub: "入力用バケット" },
      events: { name: "EventBridge", sub: "アップロードを検知" },
      sfn: { name: "Step Functions", sub: "処理の流れを制御" },
      transcribe: { name: "Transcribe", sub: "音声 → 文字" },
      textract: { name: "Textract", sub: "書類 → 文字・表" },
      comprehend: { name: "Comprehend", sub: "感情・エンティティ" },
      translate: { name: "Translate", sub: "言語をそろえる" },
      bedrock: { name: "Amazon Bedrock", sub: "要約・分類＋ガードレール" },
      s3out: { name: "Amazon S3", sub: "結果用バケット" },
      analytics: { name: "Athena・QuickSight", sub: "集計と可視化" },
      api: { name: "API Gateway＋Lambda", sub: "担当者アプリから照会" },
    },
  },
  en: {
    title: "Scenario 1: an application built on AI services (customer contact and document processing)",
    desc:
      "The top row runs left to right: call recordings and application forms, an Amazon S3 input bucket, Amazon EventBridge and AWS Step Functions. 1: recordings and documents land in the S3 input bucket. 2: EventBridge notices the upload and starts a Step Functions workflow. The middle band holds the AI services that Step Functions calls in turn. 3: Amazon Transcribe turns speech into text (with call analytics and redaction of personal data) and Amazon Textract pulls text, tables and form fields out of documents. 4: Amazon Comprehend finds sentiment and entities, and Amazon Translate brings everything into one language. The bottom row, from the left: 5: a foundation model in Amazon Bedrock writes a summary and a classification, with guardrails applied. 6: the results are stored in an S3 results bucket. 7: Amazon Athena aggregates them and Amazon QuickSight shows dashboards. 8: the agents' application reads the results through Amazon API Gateway and AWS Lambda.",
    caption: "The numbers match steps 1–8 in the text. There is no model training and no inference server to run.",
    groups: { ai: "AI services called in turn by Step Functions" },
    boxes: {
      source: { name: "Calls and forms", sub: "contact centre" },
      s3in: { name: "Amazon S3", sub: "input bucket" },
      events: { name: "EventBridge", sub: "detects the upload" },
      sfn: { name: "Step Functions", sub: "runs the workflow" },
      transcribe: { name: "Transcribe", sub: "speech → text" },
      textract: { name: "Textract", sub: "forms → text, tables" },
      comprehend: { name: "Comprehend", sub: "sentiment, entities" },
      translate: { name: "Translate", sub: "one language" },
      bedrock: { name: "Amazon Bedrock", sub: "summary + guardrails" },
      s3out: { name: "Amazon S3", sub: "results bucket" },
      analytics: { name: "Athena, QuickSight", sub: "aggregate and chart" },
      api: { name: "API Gateway + Lambda", sub: "agents' app reads results" },
    },
  },
};

/** Scenario 1: AI services orchestrated by Step Functions, with Bedrock for summaries. */
export function ScenarioAiServicesDiagram({ locale }: { locale: Locale }) {
  return <ScenarioDiagram id="scenario-ai-services" layout={aiServicesLayout} t={aiServicesLabels[locale]} />;
}

/* ------------------------------------------------------------------------------------------ */
/* 2. Custom models with SageMaker AI on a data lake                                           */
/* ------------------------------------------------------------------------------------------ */

const dataLakeLayout: Layout = {
  height: 540,
  groups: [{ id: "pipeline", x: 20, y: 186, w: 690, h: 140 }],
  boxes: [
    { id: "sources", x: 20, y: 50, w: 180, h: 76, n: 1 },
    { id: "lake", x: 230, y: 50, w: 190, h: 76, accent: true },
    { id: "catalog", x: 450, y: 50, w: 250, h: 76, n: 2 },
    { id: "features", x: 740, y: 50, w: 200, h: 76, n: 3 },
    { id: "train", x: 40, y: 230, w: 200, h: 76, n: 4 },
    { id: "evaluate", x: 265, y: 230, w: 200, h: 76 },
    { id: "register", x: 490, y: 230, w: 200, h: 76, n: 5 },
    { id: "registry", x: 740, y: 230, w: 200, h: 76, n: 6 },
    { id: "monitor", x: 20, y: 400, w: 440, h: 76, n: 8 },
    { id: "app", x: 500, y: 400, w: 200, h: 76, n: 7 },
    { id: "endpoint", x: 740, y: 400, w: 200, h: 76, accent: true },
  ],
  arrows: [
    { d: "M 200 88 H 226" },
    { d: "M 420 88 H 446" },
    { d: "M 700 88 H 736" },
    { d: "M 840 126 V 166 H 215 V 226" },
    { d: "M 240 268 H 261" },
    { d: "M 465 268 H 486" },
    { d: "M 690 268 H 736" },
    { d: "M 840 306 V 396" },
    { d: "M 704 438 H 736", both: true },
    { d: "M 840 476 V 512 H 240 V 480" },
    { d: "M 240 400 V 330" },
  ],
};

const dataLakeLabels: Record<Locale, ScenarioLabels> = {
  ja: {
    title: "シナリオ 2: データレイクの上で SageMaker AI の独自モデルを作る",
    desc:
      "上段は左から右へ、データソース、Amazon S3 のデータレイク、AWS Glue と AWS Lake Formation、SageMaker Feature Store の順。1: 業務データベースやアプリのイベントを S3 のデータレイクに取り込む。2: Glue の ETL とデータカタログでテーブルに整え、Lake Formation でテーブル・列・行単位の権限をかける。3: 学習と推論で共有する特徴量を Feature Store に登録する。中段の枠は SageMaker Pipelines で、4: Feature Store のオフラインストアから学習データを作って学習ジョブを動かし、評価する。5: 基準を満たしたモデルだけを登録するステップ。6: Model Registry で承認されたバージョンを、下段右のエンドポイントにデプロイする。7: アプリケーションがエンドポイントを呼び出す。8: エンドポイントの入出力を記録して監視し、ずれを検知したら EventBridge 経由で Pipelines を再実行する。",
    caption: "番号は本文の手順 1〜8 に対応しています。8 の矢印が学習へ戻ることで、ループが閉じます。",
    groups: { pipeline: "SageMaker Pipelines" },
    boxes: {
      sources: { name: "データソース", sub: "業務 DB・イベント" },
      lake: { name: "S3 データレイク", sub: "raw / processed" },
      catalog: { name: "Glue＋Lake Formation", sub: "ETL・カタログ・権限" },
      features: { name: "Feature Store", sub: "特徴量を共有" },
      train: { name: "学習ジョブ", sub: "オフラインストアから" },
      evaluate: { name: "評価", sub: "Processing ジョブ" },
      register: { name: "条件付き登録", sub: "基準を満たせば" },
      registry: { name: "Model Registry", sub: "承認とバージョン" },
      monitor: { name: "監視と再学習", sub: "データキャプチャ・CloudWatch・EventBridge" },
      app: { name: "アプリケーション", sub: "API Gateway＋Lambda" },
      endpoint: { name: "エンドポイント", sub: "リアルタイム推論" },
    },
  },
  en: {
    title: "Scenario 2: custom models with SageMaker AI on a data lake",
    desc:
      "The top row runs left to right: data sources, an Amazon S3 data lake, AWS Glue with AWS Lake Formation, and SageMaker Feature Store. 1: business databases and application events are ingested into the S3 data lake. 2: Glue ETL jobs and the Data Catalog shape the data into tables, and Lake Formation grants access by table, column and row. 3: features shared by training and inference are stored in Feature Store. The middle band is SageMaker Pipelines. 4: a training job is built from the Feature Store offline store and trained, then evaluated. 5: a condition step registers the model only if it meets the bar. 6: a version approved in Model Registry is deployed to the endpoint at the bottom right. 7: the application calls the endpoint. 8: the endpoint's inputs and outputs are captured and monitored, and when drift is detected EventBridge starts the pipeline again.",
    caption: "The numbers match steps 1–8 in the text. Arrow 8 back to training closes the loop.",
    groups: { pipeline: "SageMaker Pipelines" },
    boxes: {
      sources: { name: "Data sources", sub: "business DBs, events" },
      lake: { name: "S3 data lake", sub: "raw / processed" },
      catalog: { name: "Glue + Lake Formation", sub: "ETL, catalog, access" },
      features: { name: "Feature Store", sub: "shared features" },
      train: { name: "Training job", sub: "from the offline store" },
      evaluate: { name: "Evaluate", sub: "processing job" },
      register: { name: "Register if good", sub: "condition step" },
      registry: { name: "Model Registry", sub: "approval, versions" },
      monitor: { name: "Monitor and retrain", sub: "data capture, CloudWatch, EventBridge" },
      app: { name: "Application", sub: "API Gateway + Lambda" },
      endpoint: { name: "Endpoint", sub: "real-time inference" },
    },
  },
};

/** Scenario 2: data lake, Feature Store, Pipelines, Model Registry, endpoint and the monitoring loop. */
export function ScenarioDataLakeDiagram({ locale }: { locale: Locale }) {
  return <ScenarioDiagram id="scenario-data-lake" layout={dataLakeLayout} t={dataLakeLabels[locale]} />;
}

/* ------------------------------------------------------------------------------------------ */
/* 3. ETL with Apache Spark feeding SageMaker AI                                              */
/* ------------------------------------------------------------------------------------------ */

const sparkLayout: Layout = {
  height: 540,
  groups: [{ id: "spark", x: 260, y: 40, w: 440, h: 214 }],
  boxes: [
    { id: "raw", x: 20, y: 80, w: 200, h: 76, n: 1 },
    { id: "emr", x: 280, y: 76, w: 195, h: 70 },
    { id: "serverless", x: 490, y: 76, w: 195, h: 70 },
    { id: "glue", x: 280, y: 164, w: 195, h: 70 },
    { id: "processing", x: 490, y: 164, w: 195, h: 70 },
    { id: "studio", x: 740, y: 80, w: 200, h: 76, n: 2 },
    { id: "curated", x: 260, y: 310, w: 200, h: 76, n: 3 },
    { id: "train", x: 500, y: 310, w: 200, h: 76, n: 4 },
    { id: "batch", x: 740, y: 310, w: 200, h: 76, accent: true, n: 5 },
    { id: "orchestrate", x: 20, y: 440, w: 440, h: 76 },
    { id: "use", x: 500, y: 440, w: 200, h: 76, n: 7 },
    { id: "scores", x: 740, y: 440, w: 200, h: 76, n: 6 },
  ],
  arrows: [
    { d: "M 220 118 H 256" },
    { d: "M 736 118 H 704", both: true },
    { d: "M 360 254 V 306" },
    { d: "M 460 348 H 496" },
    { d: "M 700 348 H 736" },
    { d: "M 840 386 V 436" },
    { d: "M 736 478 H 704" },
  ],
};

const sparkLabels: Record<Locale, ScenarioLabels> = {
  ja: {
    title: "シナリオ 3: Apache Spark の ETL で大量データを SageMaker AI に渡す",
    desc:
      "左上に Amazon S3 の生データ、中央上の枠に Spark の実行先として Amazon EMR（EC2 上のクラスター）、EMR Serverless、AWS Glue、SageMaker Processing の PySpark ジョブの 4 つ、右上に SageMaker Studio が並ぶ。1: 数 TB 規模の購買履歴やクリックログが S3 にある。2: データサイエンティストは Studio のノートブックから EMR や EMR Serverless、Glue の対話型セッションにつないで Spark で探索し、同じコードを本番のジョブにする。3: Spark ジョブがクレンジングと特徴量づくりを行い、整えたデータを S3 に書き出す。4: SageMaker AI の学習ジョブで学習する（必要なら分散学習）。5: バッチ変換で全顧客をまとめてスコアリングする。6: スコアを S3 のデータレイクに戻してカタログに登録する。7: 分析やマーケティングの仕組みがスコアを使う。左下の枠は、これらを SageMaker Pipelines や AWS Step Functions でつなぐことを示す。",
    caption: "番号は本文の手順 1〜7 に対応しています。重い変換は Spark、学習と推論は SageMaker AI という分担です。",
    groups: { spark: "Spark の実行先（どれか 1 つを選ぶ）" },
    boxes: {
      raw: { name: "Amazon S3", sub: "生データ（数 TB）" },
      emr: { name: "EMR on EC2", sub: "細かく調整" },
      serverless: { name: "EMR Serverless", sub: "クラスター管理なし" },
      glue: { name: "Glue", sub: "ETL ジョブ" },
      processing: { name: "Processing", sub: "PySpark ジョブ" },
      studio: { name: "SageMaker Studio", sub: "対話的に探索" },
      curated: { name: "Amazon S3", sub: "整えた特徴量" },
      train: { name: "学習ジョブ", sub: "分散学習も可" },
      batch: { name: "バッチ変換", sub: "全件をスコアリング" },
      orchestrate: { name: "Pipelines / Step Functions", sub: "EMR ステップ・Processing・学習を順に実行" },
      use: { name: "スコアの活用", sub: "分析・施策配信" },
      scores: { name: "Amazon S3", sub: "スコアをカタログ化" },
    },
  },
  en: {
    title: "Scenario 3: Apache Spark ETL feeding large data to SageMaker AI",
    desc:
      "At the top left is raw data in Amazon S3. The band in the middle holds four places to run Spark: Amazon EMR (a cluster on EC2), EMR Serverless, AWS Glue, and a SageMaker Processing PySpark job. At the top right is SageMaker Studio. 1: terabytes of purchase history and click logs sit in S3. 2: data scientists connect from a Studio notebook to EMR, EMR Serverless or a Glue interactive session, explore with Spark, and turn the same code into a production job. 3: the Spark job cleans the data, builds features and writes the curated result to S3. 4: a SageMaker AI training job trains the model, distributed if needed. 5: batch transform scores every customer in one run. 6: the scores go back into the S3 data lake and are registered in the catalog. 7: analytics and marketing systems use the scores. The box at the bottom left shows that SageMaker Pipelines or AWS Step Functions chain these steps.",
    caption: "The numbers match steps 1–7 in the text. Spark does the heavy transformation; SageMaker AI trains and scores.",
    groups: { spark: "Where Spark runs (pick one)" },
    boxes: {
      raw: { name: "Amazon S3", sub: "raw data (TBs)" },
      emr: { name: "EMR on EC2", sub: "full control" },
      serverless: { name: "EMR Serverless", sub: "no cluster to run" },
      glue: { name: "Glue", sub: "ETL jobs" },
      processing: { name: "Processing", sub: "PySpark job" },
      studio: { name: "SageMaker Studio", sub: "explore interactively" },
      curated: { name: "Amazon S3", sub: "curated features" },
      train: { name: "Training job", sub: "distributed if needed" },
      batch: { name: "Batch transform", sub: "score everyone" },
      orchestrate: { name: "Pipelines / Step Functions", sub: "run EMR steps, processing and training in order" },
      use: { name: "Use the scores", sub: "analytics, campaigns" },
      scores: { name: "Amazon S3", sub: "scores, catalogued" },
    },
  },
};

/** Scenario 3: Spark on EMR, EMR Serverless, Glue or Processing, then training and batch transform. */
export function ScenarioSparkEtlDiagram({ locale }: { locale: Locale }) {
  return <ScenarioDiagram id="scenario-spark-etl" layout={sparkLayout} t={sparkLabels[locale]} />;
}

/* ------------------------------------------------------------------------------------------ */
/* 4. ML at the edge: train in the cloud, compile with Neo, deploy with IoT Greengrass V2       */
/* ------------------------------------------------------------------------------------------ */

const edgeLayout: Layout = {
  height: 500,
  groups: [
    { id: "cloud", x: 20, y: 30, w: 580, h: 440 },
    { id: "site", x: 640, y: 30, w: 300, h: 440 },
    { id: "device", x: 652, y: 66, w: 276, h: 218 },
  ],
  boxes: [
    { id: "data", x: 40, y: 70, w: 240, h: 76, n: 1 },
    { id: "train", x: 340, y: 70, w: 240, h: 76, n: 2 },
    { id: "label", x: 40, y: 200, w: 240, h: 76 },
    { id: "neo", x: 340, y: 200, w: 240, h: 76, accent: true, n: 3 },
    { id: "iot", x: 40, y: 330, w: 240, h: 76, n: 6 },
    { id: "deploy", x: 340, y: 330, w: 240, h: 76, n: 4 },
    { id: "model", x: 666, y: 104, w: 248, h: 76, accent: true },
    { id: "runtime", x: 666, y: 196, w: 248, h: 76 },
    { id: "camera", x: 660, y: 330, w: 120, h: 76, n: 5 },
    { id: "action", x: 800, y: 330, w: 120, h: 76 },
  ],
  arrows: [
    { d: "M 280 108 H 336" },
    { d: "M 460 146 V 196" },
    { d: "M 460 276 V 326" },
    { d: "M 580 368 H 616 V 142 H 648" },
    { d: "M 720 330 V 288" },
    { d: "M 860 284 V 326" },
    { d: "M 652 234 H 632 V 440 H 160 V 410" },
    { d: "M 160 330 V 280" },
    { d: "M 160 200 V 150" },
  ],
};

const edgeLabels: Record<Locale, ScenarioLabels> = {
  ja: {
    title: "シナリオ 4: エッジでの機械学習（クラウドで学習し、Neo で最適化し、Greengrass で配る）",
    desc:
      "左の大きな枠が AWS クラウド、右の枠が工場などの現場。クラウド側の上段は、1: Amazon S3 に集めた画像とラベル、2: SageMaker AI の学習ジョブで物体検出などのモデルを学習。中段は、再学習用のラベル付けと、3: SageMaker Neo で対象デバイスの CPU や GPU 向けにコンパイルする処理。下段は、6: AWS IoT Core が受け取る推論結果と、4: AWS IoT Greengrass V2 がモデル・ランタイム・推論コードをコンポーネントとしてデバイス群へデプロイする処理。現場側には Greengrass のコアデバイスがあり、その中にモデルのコンポーネントと、DLR などのランタイムと推論コードのコンポーネントがある。5: カメラの映像をデバイス上で推論し、ネットワークが切れていても警報やライン停止などの動作をその場で行う。6: 推論結果と信頼度の低い画像のサンプルをクラウドへ送り、ラベルを付けて S3 の学習データに戻し、次の学習に使う。",
    caption: "番号は本文の手順 1〜6 に対応しています。学習はクラウド、推論は現場という分担です。",
    groups: { cloud: "AWS クラウド", site: "現場（工場・店舗など）", device: "コアデバイス（Greengrass）" },
    boxes: {
      data: { name: "Amazon S3", sub: "画像とラベル" },
      train: { name: "学習ジョブ", sub: "SageMaker AI" },
      label: { name: "ラベル付け", sub: "低信頼の画像を追加" },
      neo: { name: "SageMaker Neo", sub: "デバイス向けにコンパイル" },
      iot: { name: "AWS IoT Core", sub: "結果を MQTT で受信" },
      deploy: { name: "Greengrass V2", sub: "コンポーネントを配布" },
      model: { name: "モデル", sub: "Neo でコンパイル済み" },
      runtime: { name: "ランタイム＋推論コード", sub: "DLR などのコンポーネント" },
      camera: { name: "カメラ", sub: "映像を入力" },
      action: { name: "現場の動作", sub: "警報・停止" },
    },
  },
  en: {
    title: "Scenario 4: ML at the edge (train in the cloud, optimise with Neo, deliver with Greengrass)",
    desc:
      "The large box on the left is the AWS Cloud; the box on the right is the site, such as a factory. On the cloud side, top row: 1: images and labels collected in Amazon S3, and 2: a SageMaker AI training job that trains a model such as an object detector. Middle row: labelling for retraining, and 3: SageMaker Neo compiling the model for the target device's CPU or GPU. Bottom row: 6: AWS IoT Core receiving inference results, and 4: AWS IoT Greengrass V2 deploying the model, the runtime and the inference code as components to the device fleet. On the site side is a Greengrass core device holding a model component and a component with a runtime such as DLR plus the inference code. 5: frames from the camera are inferred on the device, and it acts on the spot, sounding an alarm or stopping the line, even when the network is down. 6: results and a sample of low-confidence images go back to the cloud, are labelled, and return to the training data in S3 for the next round.",
    caption: "The numbers match steps 1–6 in the text. Training happens in the cloud; inference happens on site.",
    groups: { cloud: "AWS Cloud", site: "Site (factory, shop…)", device: "Core device (Greengrass)" },
    boxes: {
      data: { name: "Amazon S3", sub: "images and labels" },
      train: { name: "Training job", sub: "SageMaker AI" },
      label: { name: "Labelling", sub: "add low-confidence images" },
      neo: { name: "SageMaker Neo", sub: "compile for the device" },
      iot: { name: "AWS IoT Core", sub: "results over MQTT" },
      deploy: { name: "Greengrass V2", sub: "deploys components" },
      model: { name: "Model component", sub: "compiled by Neo" },
      runtime: { name: "Runtime + inference", sub: "DLR and your code" },
      camera: { name: "Camera", sub: "video in" },
      action: { name: "Act on site", sub: "alarm, stop" },
    },
  },
};

/** Scenario 4: cloud training, Neo compilation, Greengrass V2 deployment and the feedback loop. */
export function ScenarioEdgeDiagram({ locale }: { locale: Locale }) {
  return <ScenarioDiagram id="scenario-edge" layout={edgeLayout} t={edgeLabels[locale]} />;
}
