import { searchIndexFiles, searchIndexJson } from "@/lib/search/indexes";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return searchIndexFiles.map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const json = await searchIndexJson((await params).file);
  if (json === undefined) return new Response("Not found", { status: 404 });
  return new Response(json, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
