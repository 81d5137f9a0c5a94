import { appIcon } from "@/lib/app-icon";

export const dynamic = "force-static";
export const dynamicParams = false;

/** The web app manifest's PNG icons (installing the site asks for 192 and 512 px). */
const ICON_SIZES = [192, 512] as const;

export function generateStaticParams() {
  return ICON_SIZES.map((size) => ({ file: `${size}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const size = Number(file.replace(/\.png$/, ""));
  return appIcon(ICON_SIZES.find((s) => s === size) ?? 192, { rounded: false });
}
