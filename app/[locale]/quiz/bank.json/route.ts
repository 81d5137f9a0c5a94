import { locales } from "@/lib/i18n/locales";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";
import { getQuestionBankFile } from "@/lib/quiz/view";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return new Response(await getQuestionBankFile(locale), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
