import { Children, isValidElement, type ReactNode } from "react";

/** The plain text of a heading's children (text, inline code, emphasis). */
export function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return Children.toArray(node.props.children).map(textOf).join("");
  return "";
}

/**
 * A lesson heading with a permalink next to it. The link sits beside the heading, not inside it, so the
 * heading's accessible name stays its own text, and the link is named "Link to this section: …".
 */
export function AnchoredHeading({ level, id, label, children }: { level: 2 | 3; id?: string; label: (text: string) => string; children: ReactNode }) {
  const Tag = level === 2 ? "h2" : "h3";
  if (!id) return <Tag>{children}</Tag>;
  return (
    <div className={`heading-block heading-block-${level}`}>
      <Tag id={id}>{children}</Tag>
      <a href={`#${id}`} className="heading-anchor no-print" aria-label={label(textOf(children))} data-permalink="">
        #
      </a>
    </div>
  );
}
