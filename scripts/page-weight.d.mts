export interface MeasuredPage {
  name: string;
  route: string;
  /** KB of gzip JS allowed beyond the framework baseline. */
  budget?: number;
}
export function measuredPages(): MeasuredPage[];
export function measure(route: string): { html: number; htmlGzip: number; js: number; scripts: number };
