import { diagrams } from "./index";

/** Names a lesson may use in <Diagram name="...">; the build rejects any other. */
export const diagramNames: ReadonlySet<string> = new Set(Object.keys(diagrams));
