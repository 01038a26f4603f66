/** Raw HTTP calls to an API under test: status, headers and parsed JSON, nothing interpreted. */

/** Where the API under test answers, and how to put its data back as seeded. */
export interface ContractTarget {
  /** The API's base URL, e.g. `http://127.0.0.1:41234/api`. */
  baseUrl: string;
  /** The same API over the same data with public reading off (`PUBLIC_READ=off`). */
  privateBaseUrl: string;
  /** Whether this target serves the demo-only endpoints (`/demo/…`): the mock does. */
  servesDemoEndpoints: boolean;
  /** Restores the sample data set as seeded, with no history. */
  reset(): Promise<void>;
  /**
   * Leaves the instance as a fresh one is: no city, round or assessment, and only its first
   * coordinator (the sample's `claire-coordinator`); every session ends.
   */
  empty(): Promise<void>;
  close(): Promise<void>;
}

export interface Answer {
  status: number;
  headers: Headers;
  /** The parsed JSON body; null when there is none. */
  body: unknown;
}

export interface CallOptions {
  token?: string | null;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is, as `application/json` (for malformed bodies). */
  raw?: string;
  ifMatch?: string;
  /** Sent as it is, with its own media type (an import's CSV or XLSX file). */
  file?: { body: string | Uint8Array; type: string };
}

export function contractClient(target: ContractTarget) {
  async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const headers = new Headers();
    if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
    if (options.ifMatch !== undefined) headers.set('If-Match', options.ifMatch);
    const body =
      options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (options.file) headers.set('Content-Type', options.file.type);
    const file = options.file?.body;
    const response = await fetch(`${target.baseUrl}${path}`, {
      method,
      headers,
      body: file === undefined ? (body ?? null) : new Blob([file as BlobPart]),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? null : (JSON.parse(text) as unknown),
    };
  }

  /** A session token for a seeded demo user. */
  async function signIn(userId: string): Promise<string> {
    const answer = await call('POST', '/session', { json: { userId } });
    if (answer.status !== 201) throw new Error(`Sign-in as ${userId}: ${String(answer.status)}`);
    return (answer.body as { token: string }).token;
  }

  return { call, signIn };
}

/** The error body's code, or undefined when the body is not an error. */
export function errorCode(answer: Answer): string | undefined {
  const body = answer.body as { error?: { code?: string } } | null;
  return body?.error?.code;
}

/** The field paths of a 400's `fieldErrors`, sorted. */
export function fieldErrorKeys(answer: Answer): string[] {
  const body = answer.body as { error?: { fieldErrors?: Record<string, unknown> } } | null;
  return Object.keys(body?.error?.fieldErrors ?? {}).sort();
}
