import { ImageResponse } from "next/og";

/** The site's "S" mark (the same drawing as app/icon.svg), as a PNG of the given size. */
export function appIcon(size: number, { rounded = true }: { rounded?: boolean } = {}): ImageResponse {
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          background: "#0b5cad",
          borderRadius: rounded ? size * 0.22 : 0,
        }}
      >
        <svg width={size} height={size} viewBox="0 0 64 64">
          <path
            d="M18 42c4 4 10 6 15 6 8 0 13-4 13-10 0-12-26-8-26-19 0-5 5-9 12-9 5 0 9 2 12 5"
            fill="none"
            stroke="#fff"
            strokeWidth="6"
            strokeLinecap="round"
          />
        </svg>
      </div>
    ),
    { width: size, height: size },
  );
}
