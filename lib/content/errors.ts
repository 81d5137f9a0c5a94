
/** A content file that cannot be used. The message names the file and every bad field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

/**
 * A field path as a writer finds it: `sources.0.url`, and where an array entry has an id, the id too:
 * `questions.3 (svc-mobile-object-detection).options`.
 */
function fieldPath(path: readonly PropertyKey[], data: unknown): string {
  let node: unknown = data;
  const parts: string[] = [];
  for (const key of path) {
    const next: unknown = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = Array.isArray(node) && next !== null && typeof next === "object" ? (next as Record<string, unknown>).id : undefined;
    parts.push(typeof id === "string" ? `${String(key)} (${id})` : String(key));
    node = next;
  }
  return parts.join(".");
}

/** `sources.0.url: must be an https:// URL` */
interface Issues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** Any zod schema, classic or mini (the browser-side schemas use zod/mini). */
interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: Issues };
}

export function describeIssues(error: Issues, data?: unknown): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? fieldPath(issue.path, data) : "(file)";
    return `${field}: ${issue.message}`;
  });
}

export function parseOrThrow<T>(schema: Parser<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error, data));
  return result.data;
}
