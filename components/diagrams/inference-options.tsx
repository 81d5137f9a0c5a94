import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame } from "./diagram-frame";

/** One cell of the comparison: a short value and an optional note under it. */
type Cell = readonly [value: string, note: string];

interface OptionColumn {
  name: string;
  sub: string;
  cells: readonly Cell[];
}

interface Labels {
  title: string;
  desc: string;
  caption: string;
  rows: readonly string[];
  options: readonly OptionColumn[];
}

const labels: Record<Locale, Labels> = {
  ja: {
    title: "SageMaker AI の 4 つの推論方式",
    desc:
      "4 つの推論方式を横に並べて比べた表形式の図。行は上から、応答の返り方、ペイロードの上限、処理時間の上限、ゼロ台までの縮小、向いているトラフィック、結果の受け取り方。" +
      "リアルタイム推論: 常時起動のインスタンスが同期で即座に応答する。ペイロードは要求・応答とも 6 MB まで、コンテナは 60 秒以内に応答する。ゼロ台への縮小は推論コンポーネントを使う場合に限られる。安定して多いトラフィックとミリ秒単位の応答に向き、結果は HTTPS の応答で返る。" +
      "サーバーレス推論: 同期で応答するがコールドスタートがある。ペイロードは 4 MB まで、処理は 60 秒まで、メモリは 1〜6 GB。リクエストがなければ自動でゼロになり、使った分だけ課金される。断続的で予測しにくいトラフィック向きで、結果は HTTPS の応答で返る。" +
      "非同期推論: リクエストをキューに入れ、すぐに受付を返す。入力は S3 経由で 1 GB まで、処理は 1 時間まで（既定は 15 分）。オートスケーリングでゼロ台まで縮小できる。大きな入力や長い処理に向き、結果は S3 に書き出され、SNS で通知できる。" +
      "バッチ変換: エンドポイントを作らないジョブ。S3 のデータセット全体を読み込み、ジョブとして最後まで処理する。インスタンスはジョブが終われば解放される。即時性が不要な定期的な一括処理に向き、結果は S3 に出力され、入力と結合することもできる。",
    caption: "上限値は 2026 年 11 月時点の AWS ドキュメントに基づきます。",
    rows: ["応答の返り方", "ペイロード上限", "処理時間の上限", "ゼロ台まで縮小", "向くトラフィック", "結果の受け取り"],
    options: [
      {
        name: "リアルタイム推論",
        sub: "常時起動のエンドポイント",
        cells: [
          ["同期・即時", "常時起動のインスタンス"],
          ["6 MB", "要求・応答とも"],
          ["60 秒", "コンテナの応答まで"],
          ["条件付き", "推論コンポーネント利用時"],
          ["安定・大量", "ミリ秒単位の応答"],
          ["HTTPS で応答", ""],
        ],
      },
      {
        name: "サーバーレス推論",
        sub: "台数管理が不要",
        cells: [
          ["同期", "コールドスタートあり"],
          ["4 MB", "要求・応答とも"],
          ["60 秒", "メモリ 1〜6 GB"],
          ["自動", "使った分だけ課金"],
          ["断続的・予測困難", "待ち時間を許容できる"],
          ["HTTPS で応答", ""],
        ],
      },
      {
        name: "非同期推論",
        sub: "キューで順に処理",
        cells: [
          ["非同期", "すぐに受付を返す"],
          ["1 GB", "入力は S3 経由"],
          ["1 時間", "既定は 15 分"],
          ["可能", "オートスケーリングで"],
          ["大きな入力・長い処理", "ほぼリアルタイム"],
          ["S3 に出力", "SNS で通知できる"],
        ],
      },
      {
        name: "バッチ変換",
        sub: "エンドポイントなし",
        cells: [
          ["ジョブ", "応答を待たない"],
          ["データセット全体", "S3 から読み込み"],
          ["ジョブで完走", "大量データ向き"],
          ["不要", "終われば解放"],
          ["定期的な一括処理", "即時性は不要"],
          ["S3 に出力", "入力と結合できる"],
        ],
      },
    ],
  },
  en: {
    title: "The four inference options of SageMaker AI",
    desc:
      "A table-like diagram comparing the four inference options side by side. The rows, from top to bottom: how the answer comes back, maximum payload, time limit, scaling to zero, the traffic it suits, and where the result goes. " +
      "Real-time inference: always-on instances answer synchronously and at once. Payloads up to 6 MB for both request and response, and the container must answer within 60 seconds. Scaling to zero is possible only with inference components. Suits steady, heavy traffic that needs millisecond answers; the result comes back in the HTTPS response. " +
      "Serverless inference: answers synchronously but has cold starts. Payloads up to 4 MB, processing up to 60 seconds, memory from 1 to 6 GB. It scales to zero by itself and you pay only for what you use. Suits intermittent, unpredictable traffic; the result comes back in the HTTPS response. " +
      "Asynchronous inference: queues each request and acknowledges it at once. Input up to 1 GB through S3, processing up to one hour (15 minutes by default). Auto scaling can take it down to zero instances. Suits large inputs and long processing; results are written to S3, with optional SNS notifications. " +
      "Batch transform: a job, with no endpoint. It reads a whole dataset from S3 and runs until it has processed all of it; its instances are released when the job ends. Suits scheduled bulk work that need not be immediate; results are written to S3 and can be joined with the input.",
    caption: "Limits as stated in the AWS documentation in November 2026.",
    rows: ["Response", "Max payload", "Time limit", "Scale to zero", "Suits traffic that is", "Result"],
    options: [
      {
        name: "Real-time",
        sub: "always-on endpoint",
        cells: [
          ["Synchronous", "always-on instances"],
          ["6 MB", "request and response"],
          ["60 seconds", "for the container"],
          ["Only with", "inference components"],
          ["Steady, heavy", "millisecond answers"],
          ["HTTPS response", ""],
        ],
      },
      {
        name: "Serverless",
        sub: "no instances to manage",
        cells: [
          ["Synchronous", "with cold starts"],
          ["4 MB", "request and response"],
          ["60 seconds", "memory 1–6 GB"],
          ["Automatic", "pay per use"],
          ["Intermittent", "can wait a little"],
          ["HTTPS response", ""],
        ],
      },
      {
        name: "Asynchronous",
        sub: "queued requests",
        cells: [
          ["Asynchronous", "acknowledged at once"],
          ["1 GB", "input through S3"],
          ["1 hour", "15 minutes by default"],
          ["Yes", "with auto scaling"],
          ["Large or slow", "near real time"],
          ["Written to S3", "SNS notification"],
        ],
      },
      {
        name: "Batch transform",
        sub: "a job, no endpoint",
        cells: [
          ["Job", "nobody waits"],
          ["Whole dataset", "read from S3"],
          ["Runs to the end", "built for volume"],
          ["Not needed", "released at the end"],
          ["Scheduled bulk", "no rush"],
          ["Written to S3", "joinable with input"],
        ],
      },
    ],
  },
};

const LABEL_X = 20;
const LABEL_W = 150;
const COL_X = 180;
const COL_W = 190;
const COL_GAP = 10;
const HEAD_Y = 16;
const HEAD_H = 66;
const ROW_Y = 92;
const ROW_H = 58;

/** The four inference options side by side, with their limits and the traffic each suits. */
export function InferenceOptionsDiagram({ locale }: { locale: Locale }) {
  const t = labels[locale];
  const height = ROW_Y + t.rows.length * ROW_H + 12;
  return (
    <DiagramFrame
      id="inference-options"
      title={t.title}
      description={t.desc}
      viewBox={`0 0 980 ${height}`}
      caption={t.caption}
    >
      {/* Row labels */}
      {t.rows.map((row, r) => (
        <g key={row}>
          <rect
            x={LABEL_X}
            y={ROW_Y + r * ROW_H}
            width={LABEL_W}
            height={ROW_H - 6}
            rx={8}
            className="diagram-box-muted"
          />
          <text
            x={LABEL_X + LABEL_W / 2}
            y={ROW_Y + r * ROW_H + (ROW_H - 6) / 2 + 6}
            textAnchor="middle"
            className="diagram-text-small"
          >
            {row}
          </text>
        </g>
      ))}

      {/* One column per option */}
      {t.options.map((option, c) => {
        const x = COL_X + c * (COL_W + COL_GAP);
        const cx = x + COL_W / 2;
        return (
          <g key={option.name}>
            <rect x={x} y={HEAD_Y} width={COL_W} height={HEAD_H} rx={10} className="diagram-box-accent" />
            <text x={cx} y={HEAD_Y + 28} textAnchor="middle" className="diagram-text-strong">
              {option.name}
            </text>
            <text x={cx} y={HEAD_Y + 52} textAnchor="middle" className="diagram-text-small">
              {option.sub}
            </text>
            {option.cells.map(([value, note], r) => {
              const y = ROW_Y + r * ROW_H;
              return (
                <g key={`${option.name}-${t.rows[r] ?? r}`}>
                  <rect x={x} y={y} width={COL_W} height={ROW_H - 6} rx={8} className="diagram-box" />
                  <text x={cx} y={note ? y + 22 : y + 31} textAnchor="middle" className="diagram-text">
                    {value}
                  </text>
                  {note ? (
                    <text x={cx} y={y + 42} textAnchor="middle" className="diagram-text-small">
                      {note}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </DiagramFrame>
  );
}
