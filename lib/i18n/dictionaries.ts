import { en, type Dictionary } from "./dictionary-en";
import { ja } from "./dictionary-ja";
import type { Locale } from "./locales";

const dictionaries: Record<Locale, Dictionary> = { ja, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
export type { Dictionary };
