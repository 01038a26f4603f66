/**
 * Tests fail loudly: a request no handler answers, or any console.error, fails the test.
 * The mock API's store is reset to the sample data set after each test.
 */
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { mockDatabase, server } from '../../mocks/node';

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  server.resetHandlers();
  mockDatabase.reset('sample');
});

afterAll(() => {
  server.close();
});
