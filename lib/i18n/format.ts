/** Fills `{name}` placeholders: formatMessage("{shown} of {total}", { shown: 3, total: 9 }). */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
