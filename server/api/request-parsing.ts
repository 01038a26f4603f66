/**
 * Reading what a request sends, strictly: a body must be JSON that its schema accepts whole
 * (unknown and server-owned fields are refused, not dropped), with no `__proto__` key at any
 * depth; a version in If-Match must be a decimal integer.
 */
import { z } from '../../src/domain/zod';
import { fieldErrorsFromZod, type FieldErrors } from '../../src/domain/api-error';
import { ApiProblem, validationProblem } from './api-problem';

/** The request body as JSON; 400 when it is missing or not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw validationProblem('The request body must be JSON', {
      _: ['The request body must be JSON'],
    });
  }
}

/** For actions that take no body: none, or an empty JSON object; any field is refused. */
export async function refuseAnyBody(request: Request): Promise<void> {
  const text = await request.text();
  if (text.trim() === '') return;
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw validationProblem('This action takes no body', { _: ['This action takes no body'] });
  }
  parseBody(z.strictObject({}), body);
}

/**
 * Paths of `__proto__` keys anywhere in a parsed JSON value. JSON.parse keeps them as own
 * keys; a schema would silently skip them, so they are refused before it sees the body.
 */
function prototypeKeyPaths(value: unknown, path: readonly string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const keyPath = [...path, key];
    if (key === '__proto__') return [keyPath.join('.')];
    return prototypeKeyPaths((value as Record<string, unknown>)[key], keyPath);
  });
}

/** 400 naming each `__proto__` key of a parsed JSON body, at any depth. */
export function refusePrototypeKeys(body: unknown): void {
  const forbidden = prototypeKeyPaths(body);
  if (forbidden.length > 0) {
    const fieldErrors: FieldErrors = Object.fromEntries(
      forbidden.map((path) => [path, ['This field is not allowed here']]),
    );
    throw validationProblem('The request body is not valid', fieldErrors);
  }
}

/** The body parsed by `schema`; 400 with `fieldErrors` for anything it does not allow. */
export function parseBody<Schema extends z.core.$ZodType>(
  schema: Schema,
  body: unknown,
): z.infer<Schema> {
  refusePrototypeKeys(body);
  const result = z.safeParse(schema, body);
  if (!result.success) {
    throw validationProblem('The request body is not valid', fieldErrorsFromZod(result.error));
  }
  return result.data;
}

/** A request's query parameters parsed by `schema`; 400 naming each one that is not valid. */
export function parseQuery<Schema extends z.core.$ZodType>(
  query: Record<string, string>,
  schema: Schema,
): z.infer<Schema> {
  const filter = z.safeParse(schema, query);
  if (!filter.success) {
    throw validationProblem('The filter is not valid', fieldErrorsFromZod(filter.error));
  }
  return filter.data;
}

/** `"3"` or `W/"3"`: the quotes are optional, the number must be a positive decimal integer. */
const versionTag = /^(?:W\/)?"?([1-9][0-9]{0,8})"?$/;

/**
 * The version a change is based on, from If-Match. Absent: null when `required` is false,
 * otherwise 428; empty: 428; anything but a version: 400.
 */
export function parseIfMatch(header: string | undefined, required: boolean): number | null {
  if (header === undefined && !required) return null;
  if (header === undefined || header.trim() === '') {
    throw new ApiProblem(
      'precondition_required',
      'Send the version the change is based on in an If-Match header',
    );
  }
  const match = versionTag.exec(header.trim());
  if (!match?.[1]) {
    throw validationProblem('The If-Match header is not a version', {
      'If-Match': ['Send a version number, such as "3"'],
    });
  }
  return Number(match[1]);
}
