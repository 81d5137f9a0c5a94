/**
 * Validates every content file and every cross-link id. Run: npx tsx scripts/check-content.ts
 * The build runs the same checks; this is the quick way for a writer.
 */
import fs from "node:fs";
import path from "node:path";
import { loadTerms } from "../lib/content/glossary";
import { contentDir } from "../lib/content/paths";
import { checkYamlReferences } from "../lib/content/references";
import { loadServices } from "../lib/content/services";

try {
  const services = loadServices();
  const terms = loadTerms();
  const lessonsDir = path.join(contentDir(), "lessons");
  const lessons = fs.existsSync(lessonsDir) ? fs.readdirSync(lessonsDir) : [];
  checkYamlReferences(services, terms, {
    services: new Set(services.map((s) => s.id)),
    terms: new Set(terms.map((t) => t.id)),
    lessons: new Set(lessons),
  });
  console.log(`content ok: ${services.length} services, ${terms.length} terms, ${lessons.length} lessons`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
