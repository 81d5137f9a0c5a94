/** Diagrams a lesson can show with <Diagram name="..." />. */
export const diagrams = {} as const;
