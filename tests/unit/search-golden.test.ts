import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { termSchema, type Term } from "@/lib/content/schemas";
import { loadYamlCollection } from "@/lib/content/yaml-collection";
import { termDoc } from "@/lib/search/documents";
import { buildIndex, loadIndex, search } from "@/lib/search/engine";

// Golden queries against the real glossary: the way people type, and the term that must come first.
const golden: [query: string, expected: string][] = [
  ["えんどぽいんと", "endpoint"],
  ["ｴﾝﾄﾞﾎﾟｲﾝﾄ", "endpoint"],
  ["エンドポイント", "endpoint"],
  ["endpoint", "endpoint"],
  ["Endpoint", "endpoint"],
  ["ハイパラ", "hyperparameter"],
  ["HPO", "hyperparameter-tuning"],
  ["hpo", "hyperparameter-tuning"],
  ["hyperparamter", "hyperparameter"],
  ["ハイパーパラメーター", "hyperparameter"],
  ["はいぱーぱらめーた", "hyperparameter"],
  ["ﾊｲﾊﾟｰﾊﾟﾗﾒｰﾀ", "hyperparameter"],
  ["過学習", "overfitting"],
  ["overfiting", "overfitting"],
  ["ブルーグリーン", "blue-green-deployment"],
  ["blue/green", "blue-green-deployment"],
  ["カナリア", "canary-deployment"],
  ["canary", "canary-deployment"],
  ["A/Bテスト", "ab-testing"],
  ["継続的デリバリー", "continuous-delivery"],
  ["continuous deployment", "continuous-deployment"],
  ["継続的インテグレーション", "continuous-integration"],
  ["適合率", "precision"],
  ["再現率", "recall"],
  ["recal", "recall"],
  ["AUC", "auc"],
  ["混同行列", "confusion-matrix"],
  ["転移学習", "transfer-learning"],
  ["データドリフト", "data-drift"],
  ["でーたどりふと", "data-drift"],
  ["ｸﾛｽﾊﾞﾘﾃﾞｰｼｮﾝ", "cross-validation"],
  ["k-means", "k-means"],
  ["RAG", "retrieval-augmented-generation"],
  ["IaC", "infrastructure-as-code"],
  ["最小権限", "least-privilege"],
  ["SDK", "sdk"],
  ["REST", "rest"],
  ["サーバーレス推論", "serverless-inference"],
  ["マルチモデルエンドポイント", "multi-model-endpoint"],
  ["スポットインスタンス", "spot-instance"],
  ["xgboost", "xgboost"],
  ["PCA", "principal-component-analysis"],
  ["主成分分析", "principal-component-analysis"],
  ["MLOps", "mlops"],
  ["エムエルオプス", "mlops"],
  ["特徴量エンジニアリング", "feature-engineering"],
  ["feature engineering", "feature-engineering"],
  ["推論", "inference"],
  ["ファインチューニング", "fine-tuning"],
  ["finetuning", "fine-tuning"],
];

describe("glossary search: golden queries", () => {
  const indexes = new Map<string, ReturnType<typeof loadIndex>>();
  beforeAll(() => {
    const terms: Term[] = loadYamlCollection(path.join(process.cwd(), "content", "glossary"), termSchema);
    // Round-trip through JSON, as the browser loads it.
    for (const l of ["ja", "en"]) indexes.set(l, loadIndex(JSON.stringify(buildIndex(terms.map((t) => termDoc(t, l as "ja" | "en"))))));
  });

  for (const locale of ["ja", "en"] as const) {
    it.each(golden)(`[${locale}] %s → %s first`, (query, expected) => {
      const index = indexes.get(locale);
      if (!index) throw new Error("no index");
      const top = search(index, query, 5).map((h) => h.id.split(":")[1]);
      expect(top[0], `top 5: ${top.join(", ")}`).toBe(expected);
    });
  }
});
