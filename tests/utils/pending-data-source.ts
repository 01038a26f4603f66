import type { DataSource } from '../../src/data/data-source';

/**
 * A data source whose every answer is still on its way: a page that waits for it never shows.
 * Each method asked for is noted in `asked`, by name.
 */
export function pendingDataSource(asked: string[] = []): DataSource {
  const handler: ProxyHandler<object> = {
    get: (_target, method) => () => {
      asked.push(String(method));
      return new Promise(() => undefined);
    },
  };
  return new Proxy({}, handler) as DataSource;
}
