/** The request limit tests give the HTTP data source: the app's default. */
export { DEFAULT_REQUEST_TIMEOUT_MS as TEST_REQUEST_TIMEOUT_MS } from '../../src/lib/env';
