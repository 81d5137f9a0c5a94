import { jsonFileResponse, localeStaticParams, resolveLocale, type LocaleParams } from "@/lib/page-params";
import { getQuestionBankFile } from "@/lib/quiz/view";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: LocaleParams }) {
  return jsonFileResponse(await getQuestionBankFile(await resolveLocale(params)));
}
