/**
 * The public exam guides of the AWS Certified Machine Learning Engineer – Associate exam: MLA-C01 (in use until
 * 28 Sep 2026, and still offered in Japanese until MLA-C02 is generally available) and MLA-C02 (from 29 Sep 2026).
 * Both keep the same four domains and twelve task statements; only the weights and some skills differ.
 * Task names are ours, written from the guides.
 */
import type { Localized } from "@/lib/i18n/locales";

export const examIds = ["mla-c01", "mla-c02"] as const;
export type ExamId = (typeof examIds)[number];

export const examDomains = ["data-preparation", "model-development", "deployment-orchestration", "monitoring-security"] as const;
export type ExamDomain = (typeof examDomains)[number];

export const taskIds = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"] as const;
export type TaskId = (typeof taskIds)[number];

/** The domain a task statement belongs to: its first digit. Never stored twice. */
export function domainOfTask(task: TaskId): ExamDomain {
  const domain = examDomains[Number(task.charAt(0)) - 1];
  if (!domain) throw new Error(`task ${task} has no domain`);
  return domain;
}

/** Share of scored questions per domain, in percent, as each exam guide states it. */
export const domainWeights: Record<ExamId, Record<ExamDomain, number>> = {
  "mla-c01": { "data-preparation": 28, "model-development": 26, "deployment-orchestration": 22, "monitoring-security": 24 },
  "mla-c02": { "data-preparation": 28, "model-development": 24, "deployment-orchestration": 24, "monitoring-security": 24 },
};

/** The standard form of both exams. */
export const examForm = { questions: 65, minutes: 130 } as const;

export const examLabels: Record<ExamId, Localized<string>> = {
  "mla-c01": { ja: "MLA-C01", en: "MLA-C01" },
  "mla-c02": { ja: "MLA-C02", en: "MLA-C02" },
};

export const domainLabels: Record<ExamDomain, Localized<string>> = {
  "data-preparation": { ja: "機械学習のためのデータ準備", en: "Data preparation for ML" },
  "model-development": { ja: "ML モデルの開発", en: "ML model development" },
  "deployment-orchestration": { ja: "ML ワークフローのデプロイとオーケストレーション", en: "Deployment and orchestration of ML workflows" },
  "monitoring-security": { ja: "ML ソリューションのモニタリング・保守・セキュリティ", en: "ML solution monitoring, maintenance and security" },
};

export const taskLabels: Record<TaskId, Localized<string>> = {
  "1.1": { ja: "データを取り込み、保存する", en: "Ingest and store data" },
  "1.2": { ja: "データを変換し、特徴量エンジニアリングを行う", en: "Transform data and engineer features" },
  "1.3": { ja: "データの完全性を確保し、モデリング用に準備する", en: "Ensure data integrity and prepare data for modelling" },
  "2.1": { ja: "モデリングの手法を選ぶ", en: "Choose a modelling approach" },
  "2.2": { ja: "モデルを学習させ、改良する", en: "Train and refine models" },
  "2.3": { ja: "モデルの性能を分析する", en: "Analyse model performance" },
  "3.1": { ja: "既存の構成と要件からデプロイ基盤を選ぶ", en: "Select deployment infrastructure for the existing architecture and requirements" },
  "3.2": { ja: "既存の構成と要件に合わせて基盤を作成し、コード化する", en: "Create and script infrastructure for the existing architecture and requirements" },
  "3.3": { ja: "自動化されたオーケストレーションで CI/CD パイプラインを組む", en: "Set up CI/CD pipelines with automated orchestration tools" },
  "4.1": { ja: "モデルの推論をモニタリングする", en: "Monitor model inference" },
  "4.2": { ja: "インフラストラクチャとコストを監視し、最適化する", en: "Monitor and optimise infrastructure and costs" },
  "4.3": { ja: "AWS リソースを保護する", en: "Secure AWS resources" },
};
