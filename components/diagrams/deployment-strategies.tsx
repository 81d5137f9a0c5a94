import type { Locale } from "@/lib/i18n/locales";
import { DiagramFrame } from "./diagram-frame";

/**
 * Four diagrams of model deployment strategies on a SageMaker AI endpoint. Each is a short timeline
 * of stages; in every stage, each fleet or variant is a box that says how much of the traffic it gets.
 * Meaning never depends on colour alone: every box carries its name and its share in text.
 */

/** active: receives traffic; idle: running but gets no traffic; gone: not (or no longer) running. */
type FleetState = "active" | "idle" | "gone";

interface Fleet {
  name: string;
  share: string;
  state: FleetState;
}

interface Stage {
  title: string;
  fleets: readonly Fleet[];
  notes: readonly string[];
}

interface TimelineLabels {
  title: string;
  desc: string;
  caption: string;
  stages: readonly Stage[];
  /** A dashed arrow back to the first stage, for automatic rollback, with its label. */
  rollback?: string;
  /** The stage (0-based) the rollback arrow starts from. */
  rollbackFrom?: number;
}

const BOX_CLASS: Record<FleetState, string> = {
  active: "diagram-box-accent",
  idle: "diagram-box",
  gone: "diagram-box-muted",
};

const WIDTH = 960;
const MARGIN = 20;
const ARROW_GAP = 56;
const BOX_Y = 76;
const BOX_H = 58;
const BOX_GAP = 12;

function Timeline({ id, t }: { id: string; t: TimelineLabels }) {
  const count = t.stages.length;
  const stageW = (WIDTH - 2 * MARGIN - (count - 1) * ARROW_GAP) / count;
  const maxFleets = Math.max(...t.stages.map((s) => s.fleets.length));
  const notesY = BOX_Y + maxFleets * (BOX_H + BOX_GAP) + 14;
  const rollbackY = notesY + 56;
  const height = t.rollback ? rollbackY + 40 : notesY + 48;
  const stageX = (i: number) => MARGIN + i * (stageW + ARROW_GAP);
  return (
    <DiagramFrame id={id} title={t.title} description={t.desc} viewBox={`0 0 ${WIDTH} ${height}`} caption={t.caption}>
      {t.stages.map((stage, i) => {
        const x = stageX(i);
        const cx = x + stageW / 2;
        return (
          <g key={stage.title}>
            <circle cx={x + 16} cy={34} r={13} className="diagram-number" />
            <text x={x + 16} y={39} textAnchor="middle" className="diagram-number-text">
              {i + 1}
            </text>
            <text x={cx + 10} y={40} textAnchor="middle" className="diagram-text-strong">
              {stage.title}
            </text>
            {stage.fleets.map((fleet, f) => {
              const y = BOX_Y + f * (BOX_H + BOX_GAP);
              return (
                <g key={fleet.name}>
                  <rect x={x} y={y} width={stageW} height={BOX_H} rx={10} className={BOX_CLASS[fleet.state]} />
                  <text x={cx} y={y + 24} textAnchor="middle" className="diagram-text">
                    {fleet.name}
                  </text>
                  <text x={cx} y={y + 45} textAnchor="middle" className="diagram-text-small">
                    {fleet.share}
                  </text>
                </g>
              );
            })}
            {stage.notes
              .filter((note) => note !== "")
              .map((note, n) => (
                <text key={`note-${n}`} x={cx} y={notesY + n * 20} textAnchor="middle" className="diagram-text-small">
                  {note}
                </text>
              ))}
            {i < count - 1 ? (
              <path
                d={`M ${x + stageW + 6} ${BOX_Y + BOX_H / 2} H ${x + stageW + ARROW_GAP - 8}`}
                className="diagram-arrow"
                markerEnd="url(#arrow)"
              />
            ) : null}
          </g>
        );
      })}
      {t.rollback ? (
        <g>
          <path
            d={`M ${stageX(t.rollbackFrom ?? count - 1) + stageW / 2} ${rollbackY - 16} V ${rollbackY} H ${stageX(0) + stageW / 2} V ${rollbackY - 16}`}
            className="diagram-arrow"
            strokeDasharray="6 5"
            markerEnd="url(#arrow)"
          />
          <text x={WIDTH / 2} y={rollbackY + 24} textAnchor="middle" className="diagram-text-small">
            {t.rollback}
          </text>
        </g>
      ) : null}
    </DiagramFrame>
  );
}

const standard: Record<Locale, TimelineLabels> = {
  ja: {
    title: "標準デプロイ（一括で置き換え）",
    desc:
      "2 段階の図。1: エンドポイントには本番稼働用バリアントが 1 つだけあり、モデル v1 がトラフィックの 100% を処理している。" +
      "2: 新しいエンドポイント設定で更新すると、同じバリアントの中身がモデル v2 に置き換わり、v2 が 100% を処理する。v1 は残らないため、問題が出たら設定を戻して再度更新する。",
    caption: "バリアントは 1 つ。全トラフィックが常に同じモデルに届きます。",
    stages: [
      {
        title: "v1 が稼働",
        fleets: [{ name: "バリアント AllTraffic: v1", share: "トラフィック 100%", state: "active" }],
        notes: ["1 つのバリアントが", "すべての推論を処理"],
      },
      {
        title: "v2 に置き換え",
        fleets: [{ name: "バリアント AllTraffic: v2", share: "トラフィック 100%", state: "active" }],
        notes: ["設定を差し替えて更新", "戻すときは再度更新"],
      },
    ],
  },
  en: {
    title: "Standard deployment (replace all at once)",
    desc:
      "Two stages. 1: the endpoint has a single production variant, and model v1 handles 100% of the traffic. " +
      "2: after an update with a new endpoint configuration, the same variant runs model v2, which handles 100%. Nothing of v1 remains, so going back means updating again with the old configuration.",
    caption: "One variant: all traffic always reaches the same model.",
    stages: [
      {
        title: "v1 in service",
        fleets: [{ name: "Variant AllTraffic: v1", share: "100% of traffic", state: "active" }],
        notes: ["One variant handles", "every request"],
      },
      {
        title: "Replaced by v2",
        fleets: [{ name: "Variant AllTraffic: v2", share: "100% of traffic", state: "active" }],
        notes: ["Update with a new configuration;", "to go back, update again"],
      },
    ],
  },
};

const blueGreen: Record<Locale, TimelineLabels> = {
  ja: {
    title: "ブルー/グリーンデプロイ（一括切り替え）",
    desc:
      "3 段階の図。1: ブルーフリート（v1）がトラフィックの 100% を処理している間に、同じ構成のグリーンフリート（v2）を用意する。グリーンはまだトラフィックを受けない。" +
      "2: トラフィックを 100% グリーンへ切り替え、ベイキング期間に入る。ブルーは待機して残る。" +
      "3: ベイキング期間中に CloudWatch アラームが鳴らなければブルーを削除して完了。アラームが鳴った場合は、トラフィックがすべてブルーへ自動でロールバックされる。",
    caption: "SageMaker AI のエンドポイント更新は、既定でこの方式で行われます。",
    stages: [
      {
        title: "グリーンを用意",
        fleets: [
          { name: "ブルー: v1", share: "トラフィック 100%", state: "active" },
          { name: "グリーン: v2", share: "0%（起動済み）", state: "idle" },
        ],
        notes: ["新しいフリートを", "並べて起動"],
      },
      {
        title: "一括で切り替え",
        fleets: [
          { name: "ブルー: v1", share: "0%（待機）", state: "idle" },
          { name: "グリーン: v2", share: "トラフィック 100%", state: "active" },
        ],
        notes: ["ベイキング期間中に", "アラームを監視"],
      },
      {
        title: "ブルーを削除",
        fleets: [
          { name: "ブルー: v1", share: "削除済み", state: "gone" },
          { name: "グリーン: v2", share: "トラフィック 100%", state: "active" },
        ],
        notes: ["問題がなければ完了", ""],
      },
    ],
    rollback: "ベイキング中にアラームが鳴ったら、全トラフィックをブルーへ自動ロールバック",
    rollbackFrom: 1,
  },
  en: {
    title: "Blue/green deployment (all at once)",
    desc:
      "Three stages. 1: while the blue fleet (v1) handles 100% of the traffic, an identical green fleet (v2) is provisioned; green gets no traffic yet. " +
      "2: all traffic moves to green at once and the baking period starts; blue stays on standby. " +
      "3: if no CloudWatch alarm fires during the baking period, blue is terminated and the update is done. If an alarm fires, all traffic rolls back to blue automatically.",
    caption: "This is how SageMaker AI updates an endpoint by default.",
    stages: [
      {
        title: "Provision green",
        fleets: [
          { name: "Blue: v1", share: "100% of traffic", state: "active" },
          { name: "Green: v2", share: "0% (running)", state: "idle" },
        ],
        notes: ["A second fleet starts", "next to the first"],
      },
      {
        title: "Shift all traffic",
        fleets: [
          { name: "Blue: v1", share: "0% (standby)", state: "idle" },
          { name: "Green: v2", share: "100% of traffic", state: "active" },
        ],
        notes: ["Alarms are watched", "during the baking period"],
      },
      {
        title: "Terminate blue",
        fleets: [
          { name: "Blue: v1", share: "terminated", state: "gone" },
          { name: "Green: v2", share: "100% of traffic", state: "active" },
        ],
        notes: ["Done if all went well", ""],
      },
    ],
    rollback: "An alarm during baking sends all traffic back to blue automatically",
    rollbackFrom: 1,
  },
};

const canary: Record<Locale, TimelineLabels> = {
  ja: {
    title: "カナリアデプロイ（少量で試してから全量へ）",
    desc:
      "3 段階の図。1: グリーンフリート（v2）のうち一部（カナリア、例えば容量の 10%）だけを有効にし、トラフィックの 10% を流す。残り 90% はブルー（v1）が処理する。ここで 1 回目のベイキング期間に入る。" +
      "2: アラームが鳴らなければ残りのトラフィックもグリーンへ移し、100% をグリーンが処理する。2 回目のベイキング期間でも監視を続ける。" +
      "3: 問題がなければブルーを削除する。どちらのベイキング期間でもアラームが鳴れば、全トラフィックがブルーに戻る。",
    caption: "カナリアの大きさはグリーンの容量の 50% 以下で指定します。段階を増やすと線形の切り替えになります。",
    stages: [
      {
        title: "カナリアに少量",
        fleets: [
          { name: "ブルー: v1", share: "トラフィック 90%", state: "active" },
          { name: "グリーン: v2", share: "カナリア 10%", state: "active" },
        ],
        notes: ["影響を一部に限定して", "ベイキング（監視）"],
      },
      {
        title: "残りも移す",
        fleets: [
          { name: "ブルー: v1", share: "0%（待機）", state: "idle" },
          { name: "グリーン: v2", share: "トラフィック 100%", state: "active" },
        ],
        notes: ["もう一度", "ベイキング（監視）"],
      },
      {
        title: "ブルーを削除",
        fleets: [
          { name: "ブルー: v1", share: "削除済み", state: "gone" },
          { name: "グリーン: v2", share: "トラフィック 100%", state: "active" },
        ],
        notes: ["完了", ""],
      },
    ],
    rollback: "どのベイキング期間でもアラームが鳴れば、全トラフィックをブルーへ戻す",
    rollbackFrom: 1,
  },
  en: {
    title: "Canary deployment (a small slice first, then the rest)",
    desc:
      "Three stages. 1: only part of the green fleet (v2), the canary, for example 10% of its capacity, is turned on and gets 10% of the traffic; blue (v1) keeps the other 90%. The first baking period starts. " +
      "2: if no alarm fires, the rest of the traffic moves to green, which now handles 100%, and a second baking period keeps watching. " +
      "3: if all is well, blue is terminated. An alarm in either baking period sends all traffic back to blue.",
    caption: "The canary can be at most 50% of the green fleet's capacity. With more, equal steps, this becomes linear shifting.",
    stages: [
      {
        title: "Canary slice",
        fleets: [
          { name: "Blue: v1", share: "90% of traffic", state: "active" },
          { name: "Green: v2", share: "canary: 10%", state: "active" },
        ],
        notes: ["Only a slice is exposed", "while baking"],
      },
      {
        title: "Shift the rest",
        fleets: [
          { name: "Blue: v1", share: "0% (standby)", state: "idle" },
          { name: "Green: v2", share: "100% of traffic", state: "active" },
        ],
        notes: ["Baking again", ""],
      },
      {
        title: "Terminate blue",
        fleets: [
          { name: "Blue: v1", share: "terminated", state: "gone" },
          { name: "Green: v2", share: "100% of traffic", state: "active" },
        ],
        notes: ["Done", ""],
      },
    ],
    rollback: "An alarm in any baking period sends all traffic back to blue",
    rollbackFrom: 1,
  },
};

const abTesting: Record<Locale, TimelineLabels> = {
  ja: {
    title: "本番稼働用バリアントによる A/B テスト",
    desc:
      "3 段階の図。1: 1 つのエンドポイントに、モデル A のバリアントとモデル B のバリアントを同じインスタンス構成で置き、重みを 1 対 1 にして、トラフィックを 50% ずつ分ける。" +
      "2: 数日から数週間、コンバージョン率などのビジネス指標を比べ、B が良ければ重みを 1 対 4 に変えて B に 80% を流す。重みの変更はエンドポイントを作り直さずにできる。" +
      "3: 結論が出たら B に 100% を流し、A のバリアントは取り除く。特定のバリアントを直接呼びたいときは、リクエストで TargetVariant を指定する。",
    caption: "各バリアントの割合は「自分の重み ÷ 全バリアントの重みの合計」で決まります。",
    stages: [
      {
        title: "重み 1 : 1",
        fleets: [
          { name: "バリアント A: モデル A", share: "トラフィック 50%", state: "active" },
          { name: "バリアント B: モデル B", share: "トラフィック 50%", state: "active" },
        ],
        notes: ["同じ構成で並べ、", "ビジネス指標を比べる"],
      },
      {
        title: "重み 1 : 4",
        fleets: [
          { name: "バリアント A: モデル A", share: "トラフィック 20%", state: "active" },
          { name: "バリアント B: モデル B", share: "トラフィック 80%", state: "active" },
        ],
        notes: ["重みだけを更新", "（作り直し不要）"],
      },
      {
        title: "B に一本化",
        fleets: [
          { name: "バリアント A: モデル A", share: "取り除く", state: "gone" },
          { name: "バリアント B: モデル B", share: "トラフィック 100%", state: "active" },
        ],
        notes: ["勝ったモデルを残す", ""],
      },
    ],
  },
  en: {
    title: "A/B testing with production variants",
    desc:
      "Three stages. 1: one endpoint hosts a variant for model A and a variant for model B on identical instances, with weights 1 to 1, so each gets 50% of the traffic. " +
      "2: after days or weeks of comparing business metrics such as conversion rate, B looks better, so the weights become 1 to 4 and B gets 80%; changing weights does not rebuild the endpoint. " +
      "3: once the answer is clear, B gets 100% and the variant for A is removed. To call one variant directly, a request can name it with TargetVariant.",
    caption: "A variant's share is its weight divided by the sum of all variants' weights.",
    stages: [
      {
        title: "Weights 1 : 1",
        fleets: [
          { name: "Variant A: model A", share: "50% of traffic", state: "active" },
          { name: "Variant B: model B", share: "50% of traffic", state: "active" },
        ],
        notes: ["Same instances for both;", "compare business metrics"],
      },
      {
        title: "Weights 1 : 4",
        fleets: [
          { name: "Variant A: model A", share: "20% of traffic", state: "active" },
          { name: "Variant B: model B", share: "80% of traffic", state: "active" },
        ],
        notes: ["Only the weights change", "(no rebuild)"],
      },
      {
        title: "All on B",
        fleets: [
          { name: "Variant A: model A", share: "removed", state: "gone" },
          { name: "Variant B: model B", share: "100% of traffic", state: "active" },
        ],
        notes: ["Keep the winner", ""],
      },
    ],
  },
};

/** Standard deployment: one production variant, replaced in one go. */
export function DeploymentStandardDiagram({ locale }: { locale: Locale }) {
  return <Timeline id="deployment-standard" t={standard[locale]} />;
}

/** Blue/green deployment with all-at-once traffic shifting, a baking period and auto-rollback. */
export function DeploymentBlueGreenDiagram({ locale }: { locale: Locale }) {
  return <Timeline id="deployment-blue-green" t={blueGreen[locale]} />;
}

/** Canary traffic shifting: a small slice of traffic first, then the rest. */
export function DeploymentCanaryDiagram({ locale }: { locale: Locale }) {
  return <Timeline id="deployment-canary" t={canary[locale]} />;
}

/** A/B testing with two weighted production variants on one endpoint. */
export function DeploymentAbTestingDiagram({ locale }: { locale: Locale }) {
  return <Timeline id="deployment-ab-testing" t={abTesting[locale]} />;
}
