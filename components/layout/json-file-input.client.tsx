"use client";

/**
 * A button-styled file picker for JSON: reads the chosen file as text, hands it over, and clears itself
 * so the same file can be chosen again after a fix.
 */
export function JsonFileInput({ label, testId, onText }: { label: string; testId: string; onText: (text: string) => void }) {
  return (
    <label className="btn btn-secondary">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        className="sr-only"
        data-testid={testId}
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          onText(await file.text());
          input.value = "";
        }}
      />
    </label>
  );
}
