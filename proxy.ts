import { NextResponse, type NextRequest } from "next/server";
import { negotiateLocale } from "@/lib/i18n/locales";

/** `/` → `/ja` or `/en` by the browser's Accept-Language (Japanese by default). */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set("Vary", "Accept-Language");
  return response;
}

export const config = { matcher: ["/"] };
