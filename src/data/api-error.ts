import type { ApiErrorCode, FieldErrors } from '../domain/api-error';
import type { Assessment } from '../domain/assessment';

/** A failed API call, as the UI sees it: status, contract code, per-field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'network_error' | 'timeout' | 'unexpected_response',
    message: string,
    readonly fieldErrors: FieldErrors = {},
    /** With a version conflict: the server's current copy. */
    readonly current?: Assessment,
    /** With 429 (too many failed sign-ins): seconds to wait, from Retry-After. */
    readonly retryAfterSeconds?: number,
    /** Why, as a word to translate: an import file's refusal (ImportFileRefusal). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}
