import type { ApiErrorBody, ApiErrorCode, FieldErrors } from '../../src/domain/api-error';
import type { Assessment } from '../../src/domain/assessment';

const statusByCode: Record<ApiErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  status_conflict: 409,
  already_exists: 409,
  precondition_required: 428,
};

/** A refusal by the mock API; handlers turn it into the contract's error response. */
export class MockApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: { fieldErrors?: FieldErrors; current?: Assessment } = {},
  ) {
    super(message);
    this.status = statusByCode[code];
  }

  toBody(): ApiErrorBody {
    return {
      error: { code: this.code, message: this.message, fieldErrors: this.details.fieldErrors },
      current: this.details.current,
    };
  }
}
