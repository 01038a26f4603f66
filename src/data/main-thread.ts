/** Giving the browser's main thread back between pieces of work, so none is a long task. */

/**
 * A macrotask later: the scheduler's `yield` where the browser has it (its continuation runs
 * before other waiting tasks), else a message to itself, which unlike a timer is neither
 * clamped to 4 ms nor held by a test's fake timers.
 */
export function yieldMainThread(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
