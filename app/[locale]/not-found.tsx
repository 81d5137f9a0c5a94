import { NotFoundLocale } from "@/components/layout/not-found-locale.client";
import { NotFoundView } from "@/components/layout/not-found-view";

/**
 * not-found pages get no params, so both languages are rendered on the server and the small client leaf keeps the
 * one of the URL, with "did you mean" from the address. Rendering the view in a client component would ship both
 * dictionaries to every page.
 */
export default function NotFound() {
  return (
    <>
      <NotFoundView suggestions />
      <NotFoundLocale />
    </>
  );
}
