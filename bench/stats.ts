/** Small statistics for the benchmark: order statistics of a sample, rounding for the report. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no measurement to summarise');
  return [...values].sort((a, b) => a - b);
}

/** The value below which `p` percent of the sample lies (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  const rank = Math.ceil((p / 100) * s.length) - 1;
  return s[Math.min(s.length - 1, Math.max(0, rank))] as number;
}

export function spread(values: readonly number[]): Spread {
  const s = sorted(values);
  return { min: s[0] as number, median: percentile(s, 50), max: s[s.length - 1] as number };
}

/** Rounds to `digits` decimals, for figures a person reads. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * The mean time per run of `fn`, warm: after a warm-up of a fifth of `minMs`, it runs until
 * `minMs` have passed and at least `minRuns` times.
 */
export function timePerRun(fn: () => void, minMs: number, minRuns = 3): number {
  const warm = performance.now();
  while (performance.now() - warm < minMs / 5) fn();
  let runs = 0;
  const start = performance.now();
  while (runs < minRuns || performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}
