import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame } from "./diagram-frame";

interface LayerLabels {
  name: string;
  sub: string;
  rows: string[][];
}

interface StackLabels {
  title: string;
  desc: string;
  caption: string;
  easier: string;
  genAi: string;
  control: string;
  layers: [LayerLabels, LayerLabels, LayerLabels];
  supportTitle: string;
  supportSub: string;
  support: string[];
}

const labels: Record<Locale, StackLabels> = {
  ja: {
    title: "AWS の機械学習スタック（3 層と支えるサービス）",
    desc:
      "上から順に 3 つの層が積み重なった図。いちばん上は AI サービスで、学習済みのモデルを API で呼び出す層。例は Amazon Rekognition、Amazon Textract、Amazon Comprehend、Amazon Translate、Amazon Transcribe、Amazon Polly、Amazon Lex、Amazon Personalize、および生成 AI の Amazon Bedrock と Amazon Q（この 2 つは色付きで強調）。真ん中は ML サービスで、自分のデータで自分のモデルを作り、インフラは AWS が管理する層。例は Amazon SageMaker AI の Studio、Canvas、JumpStart、Ground Truth、Data Wrangler、学習ジョブ、エンドポイント、Pipelines、Model Registry、HyperPod。いちばん下はフレームワークとインフラストラクチャで、環境とスケールを自分で設計する層。例は PyTorch、TensorFlow、Deep Learning AMI、Deep Learning Containers、GPU 搭載の EC2 インスタンス、AWS Trainium、AWS Inferentia。左の矢印は、上の層ほど手軽に始められ、下の層ほど自由度と必要な専門知識が増えることを示す。右側の縦長の枠は、3 層すべてを支えるサービスで、Amazon S3、AWS IAM、AWS KMS、Amazon VPC、Amazon CloudWatch、AWS CloudTrail、AWS Glue、Amazon Athena、AWS Lambda、AWS Step Functions。",
    caption: "上の層ほど手軽、下の層ほど自由度が高い。1 つのシステムで複数の層を組み合わせるのが普通です。",
    easier: "手軽",
    genAi: "色付き = 生成 AI",
    control: "自由度",
    layers: [
      {
        name: "AI サービス",
        sub: "学習済みモデルを API で呼び出す",
        rows: [
          ["Rekognition", "Textract", "Comprehend", "Translate", "Transcribe"],
          ["Polly", "Lex", "Personalize", "Amazon Bedrock", "Amazon Q"],
        ],
      },
      {
        name: "ML サービス（Amazon SageMaker AI）",
        sub: "自分のデータで自分のモデルを作る。インフラは AWS が管理",
        rows: [
          ["Studio", "Canvas", "JumpStart", "Ground Truth", "Data Wrangler"],
          ["学習ジョブ", "エンドポイント", "Pipelines", "Model Registry", "HyperPod"],
        ],
      },
      {
        name: "フレームワークとインフラストラクチャ",
        sub: "環境・スケール・運用を自分で設計する",
        rows: [
          ["PyTorch", "TensorFlow", "DL AMI", "DL Containers"],
          ["EC2（GPU）", "Trainium", "Inferentia"],
        ],
      },
    ],
    supportTitle: "支えるサービス",
    supportSub: "データ・権限・監視",
    support: ["Amazon S3", "IAM", "KMS", "VPC", "CloudWatch", "CloudTrail", "Glue", "Athena", "Lambda", "Step Functions"],
  },
  en: {
    title: "The AWS machine-learning stack (three layers and the services beneath them)",
    desc:
      "A diagram of three layers stacked from top to bottom. The top layer is AI services: pre-trained models you call through an API. Examples are Amazon Rekognition, Amazon Textract, Amazon Comprehend, Amazon Translate, Amazon Transcribe, Amazon Polly, Amazon Lex, Amazon Personalize, and, highlighted for generative AI, Amazon Bedrock and Amazon Q. The middle layer is ML services: you build your own model on your own data while AWS runs the infrastructure. Examples are the parts of Amazon SageMaker AI: Studio, Canvas, JumpStart, Ground Truth, Data Wrangler, training jobs, endpoints, Pipelines, Model Registry and HyperPod. The bottom layer is frameworks and infrastructure: you design the environment and the scaling yourself. Examples are PyTorch, TensorFlow, the Deep Learning AMIs, the Deep Learning Containers, GPU-based EC2 instances, AWS Trainium and AWS Inferentia. An arrow on the left shows that the higher layers are quicker to adopt and the lower layers give more control but need more expertise. A tall box on the right holds the services that support all three layers: Amazon S3, AWS IAM, AWS KMS, Amazon VPC, Amazon CloudWatch, AWS CloudTrail, AWS Glue, Amazon Athena, AWS Lambda and AWS Step Functions.",
    caption: "Higher layers are quicker to adopt; lower layers give more control. Most systems combine several layers.",
    easier: "Easier",
    genAi: "Highlighted = generative AI",
    control: "Control",
    layers: [
      {
        name: "AI services",
        sub: "Call pre-trained models through an API",
        rows: [
          ["Rekognition", "Textract", "Comprehend", "Translate", "Transcribe"],
          ["Polly", "Lex", "Personalize", "Amazon Bedrock", "Amazon Q"],
        ],
      },
      {
        name: "ML services (Amazon SageMaker AI)",
        sub: "Build your own model on your own data; AWS runs the infrastructure",
        rows: [
          ["Studio", "Canvas", "JumpStart", "Ground Truth", "Data Wrangler"],
          ["Training jobs", "Endpoints", "Pipelines", "Model Registry", "HyperPod"],
        ],
      },
      {
        name: "Frameworks and infrastructure",
        sub: "Design the environment, scaling and operations yourself",
        rows: [
          ["PyTorch", "TensorFlow", "DL AMIs", "DL Containers"],
          ["EC2 (GPU)", "Trainium", "Inferentia"],
        ],
      },
    ],
    supportTitle: "Supporting services",
    supportSub: "data, access, monitoring",
    support: ["Amazon S3", "IAM", "KMS", "VPC", "CloudWatch", "CloudTrail", "Glue", "Athena", "Lambda", "Step Functions"],
  },
};

const LAYER_X = 90;
const LAYER_W = 640;
const LAYER_H = 160;
const LAYER_GAP = 16;
const TOP = 40;
const CHIP_W = 120;
const CHIP_H = 30;
const CHIP_GAP = 5;

/** A rounded label box; the generative-AI chips of the first layer use the accent style. */
function Chip({ x, y, w, text, accent }: { x: number; y: number; w: number; text: string; accent?: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={CHIP_H} rx={6} className={accent ? "diagram-box-accent" : "diagram-box"} />
      <text x={x + w / 2} y={y + 20} textAnchor="middle" className="diagram-text-small">
        {text}
      </text>
    </g>
  );
}

/** AI services, ML services and frameworks & infrastructure, with example services and the supporting services. */
export function MlStackDiagram({ locale }: { locale: Locale }) {
  const t = labels[locale];
  const bottom = TOP + 3 * LAYER_H + 2 * LAYER_GAP;
  return (
    <DiagramFrame id="ml-stack" title={t.title} description={t.desc} viewBox="0 0 960 560" caption={t.caption}>
      {/* Left axis: easier at the top, more control at the bottom */}
      <text x={45} y={TOP + 14} textAnchor="middle" className="diagram-text-small">
        {t.easier}
      </text>
      <path d={`M 45 ${TOP + 28} V ${bottom - 28}`} className="diagram-arrow" markerStart="url(#arrow)" markerEnd="url(#arrow)" />
      <text x={45} y={bottom - 4} textAnchor="middle" className="diagram-text-small">
        {t.control}
      </text>

      {/* The three layers */}
      {t.layers.map((layer, i) => {
        const y = TOP + i * (LAYER_H + LAYER_GAP);
        return (
          <g key={layer.name}>
            <rect x={LAYER_X} y={y} width={LAYER_W} height={LAYER_H} rx={12} className={i === 1 ? "diagram-box-accent" : "diagram-box-muted"} />
            <text x={LAYER_X + 16} y={y + 28} className="diagram-text-strong">
              {layer.name}
            </text>
            <text x={LAYER_X + 16} y={y + 50} className="diagram-text-small">
              {layer.sub}
            </text>
            {i === 0 ? (
              <text x={LAYER_X + LAYER_W - 16} y={y + 28} textAnchor="end" className="diagram-text-small">
                {t.genAi}
              </text>
            ) : null}
            {layer.rows.map((row, r) =>
              row.map((chip, c) => (
                <Chip
                  key={chip}
                  x={LAYER_X + 14 + c * (CHIP_W + CHIP_GAP)}
                  y={y + 68 + r * (CHIP_H + 10)}
                  w={CHIP_W}
                  text={chip}
                  accent={i === 0 && r === 1 && c >= 3}
                />
              )),
            )}
          </g>
        );
      })}

      {/* Supporting services, beneath all three layers */}
      <rect x={750} y={TOP} width={190} height={bottom - TOP} rx={12} className="diagram-box-muted" />
      <text x={845} y={TOP + 28} textAnchor="middle" className="diagram-text-strong">
        {t.supportTitle}
      </text>
      <text x={845} y={TOP + 50} textAnchor="middle" className="diagram-text-small">
        {t.supportSub}
      </text>
      {t.support.map((name, i) => (
        <Chip key={name} x={765} y={TOP + 66 + i * 40} w={160} text={name} />
      ))}
    </DiagramFrame>
  );
}
