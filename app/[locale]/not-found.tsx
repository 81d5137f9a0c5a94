import { LocaleNotFound } from "@/components/layout/locale-not-found.client";

export default function NotFound() {
  return <LocaleNotFound />;
}
