/**
 * Resolves with what `find` returns once it returns something, checking once per frame: e.g. a
 * chart's drawing, which a lazy chunk and a size measurement put on screen a few frames later.
 */
export function waitUntil<T>(
  find: () => T | null | undefined,
  { timeoutMs = 10_000, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<T> {
  const started = performance.now();
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      if (signal?.aborted) {
        reject(signal.reason instanceof Error ? signal.reason : new Error('Cancelled'));
        return;
      }
      const found = find();
      if (found !== null && found !== undefined) {
        resolve(found);
      } else if (performance.now() - started > timeoutMs) {
        reject(new Error('Timed out waiting for the chart to be drawn.'));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}
