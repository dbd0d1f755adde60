// Time and peak memory of one piece of work, sampled while it runs.
export interface Measurement {
  seconds: number;
  peakRssMB: number;
  peakHeapMB: number;
}

/**
 * `collectFirst` forces a full collection first, for a clean memory peak; throughput runs skip it, because
 * it shrinks V8's young generation and the next run pays ~30 % to grow it back, which no real run does.
 */
export async function measure(
  work: () => unknown | Promise<unknown>,
  { collectFirst = true } = {},
): Promise<Measurement> {
  if (collectFirst) (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  await work();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  sample();
  return { seconds, peakRssMB: peakRss / 1048576, peakHeapMB: peakHeap / 1048576 };
}
