import type { Localized } from "@/lib/i18n/locales";

/** The three layers of the AWS ML stack, plus the services around them. */
export const layers = ["ai-service", "ml-service", "framework-infrastructure", "supporting-service"] as const;
export type Layer = (typeof layers)[number];

/** The ML workload phases of the Well-Architected ML Lens (after CRISP-DM). */
export const phases = [
  "business-goal",
  "problem-framing",
  "data-collection",
  "data-preparation",
  "data-visualization",
  "feature-engineering",
  "training",
  "evaluation",
  "deployment",
  "monitoring",
] as const;
export type Phase = (typeof phases)[number];

/** The Well-Architected pillars (sustainability joined the five of 2020 in Dec 2021). */
export const pillars = [
  "operational-excellence",
  "security",
  "reliability",
  "performance-efficiency",
  "cost-optimization",
  "sustainability",
] as const;
export type Pillar = (typeof pillars)[number];

/** Where a service stands today. */
export const lifecycleStates = ["available", "closed-to-new-customers", "end-of-support", "renamed"] as const;
export type LifecycleState = (typeof lifecycleStates)[number];

export const layerLabels: Record<Layer, Localized<string>> = {
  "ai-service": { ja: "AI サービス", en: "AI services" },
  "ml-service": { ja: "ML サービス", en: "ML services" },
  "framework-infrastructure": { ja: "フレームワークとインフラストラクチャ", en: "Frameworks & infrastructure" },
  "supporting-service": { ja: "周辺サービス（データ・基盤）", en: "Supporting services (data & platform)" },
};

export const phaseLabels: Record<Phase, Localized<string>> = {
  "business-goal": { ja: "ビジネス目標の特定", en: "Business goal" },
  "problem-framing": { ja: "ML の問題設定", en: "ML problem framing" },
  "data-collection": { ja: "データ収集", en: "Data collection" },
  "data-preparation": { ja: "データ準備", en: "Data preparation" },
  "data-visualization": { ja: "可視化と分析", en: "Visualization & analysis" },
  "feature-engineering": { ja: "特徴量エンジニアリング", en: "Feature engineering" },
  training: { ja: "学習", en: "Training" },
  evaluation: { ja: "評価", en: "Evaluation" },
  deployment: { ja: "デプロイ", en: "Deployment" },
  monitoring: { ja: "モニタリング", en: "Monitoring" },
};

export const pillarLabels: Record<Pillar, Localized<string>> = {
  "operational-excellence": { ja: "運用上の優秀性", en: "Operational excellence" },
  security: { ja: "セキュリティ", en: "Security" },
  reliability: { ja: "信頼性", en: "Reliability" },
  "performance-efficiency": { ja: "パフォーマンス効率", en: "Performance efficiency" },
  "cost-optimization": { ja: "コスト最適化", en: "Cost optimization" },
  sustainability: { ja: "持続可能性", en: "Sustainability" },
};

export const lifecycleLabels: Record<LifecycleState, Localized<string>> = {
  available: { ja: "提供中", en: "Available" },
  "closed-to-new-customers": { ja: "新規受付終了", en: "Closed to new customers" },
  "end-of-support": { ja: "サポート終了", en: "End of support" },
  renamed: { ja: "名称変更", en: "Renamed" },
};

/** The six lifecycle phases of the Nov 2025 ML Lens (the ids are in schemas.ts). */
export const lensPhaseLabels: Record<"business-goal" | "problem-framing" | "data-processing" | "model-development" | "deployment" | "monitoring", Localized<string>> = {
  "business-goal": { ja: "ビジネス目標の特定", en: "Business goal identification" },
  "problem-framing": { ja: "ML の問題設定", en: "ML problem framing" },
  "data-processing": { ja: "データ処理", en: "Data processing" },
  "model-development": { ja: "モデル開発", en: "Model development" },
  deployment: { ja: "デプロイ", en: "Deployment" },
  monitoring: { ja: "モニタリング", en: "Monitoring" },
};
