import { SagemakerFlowDiagram } from "./sagemaker-flow";

/** Diagrams a lesson can show with <Diagram name="..." />. Register each new diagram here. */
export const diagrams = {
  "sagemaker-flow": SagemakerFlowDiagram,
} as const;
