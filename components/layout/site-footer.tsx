import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <footer className="mt-16 border-t border-border">
      <p className="mx-auto max-w-7xl px-4 py-6 text-sm text-muted">{t.footer.disclaimer}</p>
    </footer>
  );
}
