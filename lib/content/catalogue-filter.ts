import { layers, lifecycleStates, phases, pillars, type Layer, type LifecycleState, type Phase, type Pillar } from "./taxonomy";

/** The catalogue's filters, as kept in the URL: ?layer=ai-service&phase=training&pillar=security&status=available */
export interface CatalogueFilter {
  layer?: Layer;
  phase?: Phase;
  pillar?: Pillar;
  status?: LifecycleState;
}

export interface CatalogueItem {
  id: string;
  name: string;
  summary: string;
  layer: Layer;
  phases: readonly Phase[];
  pillars: readonly Pillar[];
  status: LifecycleState;
}

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Unknown values are ignored, so an old or mistyped link still shows a sensible list. */
export function parseCatalogueFilter(params: URLSearchParams): CatalogueFilter {
  return {
    layer: pick(layers, params.get("layer")),
    phase: pick(phases, params.get("phase")),
    pillar: pick(pillars, params.get("pillar")),
    status: pick(lifecycleStates, params.get("status")),
  };
}

export function serializeCatalogueFilter(filter: CatalogueFilter): string {
  const params = new URLSearchParams();
  for (const key of ["layer", "phase", "pillar", "status"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export function filterCatalogue<T extends CatalogueItem>(items: readonly T[], filter: CatalogueFilter): T[] {
  return items.filter(
    (item) =>
      (!filter.layer || item.layer === filter.layer) &&
      (!filter.phase || item.phases.includes(filter.phase)) &&
      (!filter.pillar || item.pillars.includes(filter.pillar)) &&
      (!filter.status || item.status === filter.status),
  );
}
