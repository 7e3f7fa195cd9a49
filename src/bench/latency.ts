/** Latency figures as every bench section reports them. */
export interface Latency {
  readonly queries: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** p50, p95, p99 and the maximum of a list of durations in milliseconds. */
export function latencyOf(durations: readonly number[]): Latency {
  const times = [...durations].sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(2));
  return { queries: times.length, p50Ms: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), p99Ms: round(percentile(times, 0.99)), maxMs: round(times.at(-1) ?? 0) };
}
