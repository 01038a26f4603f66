/** A refusal by the API, sent as the contract's error body (docs/api.md, "Errors"). */
import {
  httpStatusOfError,
  type ApiErrorBody,
  type ApiErrorCode,
  type FieldErrors,
} from '../../src/domain/api-error';
import type { Assessment } from '../../src/domain/assessment';

export class ApiProblem extends Error {
  /** The HTTP status the code is sent with. */
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: { fieldErrors?: FieldErrors; current?: Assessment; reason?: string } = {},
  ) {
    super(message);
    this.status = httpStatusOfError[code];
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        fieldErrors: this.details.fieldErrors,
        reason: this.details.reason,
      },
      current: this.details.current,
    };
  }
}

/** 400 with the messages of each field at fault, keyed by dotted path. */
export function validationProblem(message: string, fieldErrors: FieldErrors): ApiProblem {
  return new ApiProblem('validation_failed', message, { fieldErrors });
}
