import { SagemakerFlowDiagram } from "./sagemaker-flow";
import { InferenceOptionsDiagram } from "./inference-options";
import { MlopsLoopDiagram } from "./mlops-loop";
import { MlStackDiagram } from "./ml-stack";
import {
  DeploymentAbTestingDiagram,
  DeploymentBlueGreenDiagram,
  DeploymentCanaryDiagram,
  DeploymentStandardDiagram,
} from "./deployment-strategies";
import { MlPhasesDiagram } from "./ml-phases";
import { TrainingJobFlowDiagram } from "./training-job-flow";
import { WaLensMatrixDiagram } from "./wa-lens-matrix";
import {
  ScenarioAiServicesDiagram,
  ScenarioDataLakeDiagram,
  ScenarioEdgeDiagram,
  ScenarioSparkEtlDiagram,
} from "./scenario-architectures";

/** Diagrams a lesson can show with <Diagram name="..." />. Register each new diagram here. */
export const diagrams = {
  "sagemaker-flow": SagemakerFlowDiagram,
  "inference-options": InferenceOptionsDiagram,
  "ml-stack": MlStackDiagram,
  "deployment-standard": DeploymentStandardDiagram,
  "deployment-blue-green": DeploymentBlueGreenDiagram,
  "deployment-canary": DeploymentCanaryDiagram,
  "deployment-ab-testing": DeploymentAbTestingDiagram,
  "mlops-loop": MlopsLoopDiagram,
  "ml-phases": MlPhasesDiagram,
  "training-job-flow": TrainingJobFlowDiagram,
  "wa-lens-matrix": WaLensMatrixDiagram,
  "scenario-ai-services": ScenarioAiServicesDiagram,
  "scenario-data-lake": ScenarioDataLakeDiagram,
  "scenario-spark-etl": ScenarioSparkEtlDiagram,
  "scenario-edge": ScenarioEdgeDiagram,
} as const;
