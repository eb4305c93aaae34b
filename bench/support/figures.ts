/** How the explorer benchmarks print a series of timings. */

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** `name: p50 … ms, p95 … ms, max … ms (n=…)`, with the goal when there is one. */
export function report(name: string, values: number[], target?: string): void {
  const f = (value: number): string => value.toFixed(1);
  console.log(
    `${name}: p50 ${f(percentile(values, 0.5))} ms, p95 ${f(percentile(values, 0.95))} ms, max ${f(Math.max(...values))} ms (n=${values.length})${target ? `  [target ${target}]` : ''}`,
  );
}
