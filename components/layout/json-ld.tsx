import { jsonLdText, type JsonLd as Data } from "@/lib/structured-data";

/** Structured data for search engines (not executed, so the CSP does not apply). */
export function JsonLd({ data }: { data: Data }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
