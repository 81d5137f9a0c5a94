import { appIcon } from "@/lib/app-icon";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";
export const dynamic = "force-static";

/** The touch icon (iOS home screen): square, since iOS rounds the corners itself. */
export default function AppleIcon() {
  return appIcon(size.width, { rounded: false });
}
