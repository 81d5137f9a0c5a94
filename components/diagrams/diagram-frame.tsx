import type { ReactNode } from "react";

interface DiagramFrameProps {
  /** Unique on the page; used for the title and description ids. */
  id: string;
  title: string;
  description: string;
  viewBox: string;
  caption?: string;
  children: ReactNode;
}

/**
 * An accessible inline SVG figure: the SVG is an image named by its title and described by its
 * description, and the caption is visible to everyone. Colours come from the diagram-* CSS classes.
 * Below 36rem the diagram would be too small to read, so it scrolls sideways inside a focusable region
 * (arrow keys scroll it) named by the diagram's title, with a visible hint shown only while it overflows.
 */
export function DiagramFrame({ id, title, description, viewBox, caption, children }: DiagramFrameProps) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="@container my-8 rounded-lg border border-border bg-bg p-3">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={titleId} data-diagram-scroll="">
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={viewBox}
          className="mx-auto h-auto w-full min-w-[36rem]"
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="diagram-arrow-head" />
            </marker>
          </defs>
          {children}
        </svg>
      </div>
      <p aria-hidden="true" className="diagram-scroll-hint mt-2 text-center text-xs text-muted @min-[36rem]:hidden" data-testid="diagram-scroll-hint" />
      {caption ? <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}

/** A numbered badge that ties a point of a diagram to a numbered step in the text. */
export function StepBadge({ n, x, y, r = 13 }: { n: number; x: number; y: number; r?: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r={r} className="diagram-number" />
      <text x={x} y={y + 5} textAnchor="middle" className="diagram-number-text">
        {n}
      </text>
    </g>
  );
}
