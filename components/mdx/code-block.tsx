import type { ComponentProps } from "react";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { CopyButton } from "./copy-button.client";

/** A highlighted code block (shiki renders the <pre>) with a copy button. */
export function CodeBlock({ labels, ...props }: ComponentProps<"pre"> & { labels: Dictionary["code"] }) {
  return (
    <div className="relative" data-code-block="">
      <pre {...props} tabIndex={0} />
      <CopyButton label={labels.copyLabel} copy={labels.copy} copied={labels.copied} />
    </div>
  );
}
