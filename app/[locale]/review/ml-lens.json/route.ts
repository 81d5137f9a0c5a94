import { jsonFileResponse, localeStaticParams, resolveLocale, type LocaleParams } from "@/lib/page-params";
import { getLensFile } from "@/lib/review/view";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return jsonFileResponse(await getLensFile(locale), `machine-learning-lens-${locale}.json`);
}
