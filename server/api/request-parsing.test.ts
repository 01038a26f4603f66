import { describe, expect, it } from 'vitest';
import { z } from '../../src/domain/zod';
import { ApiProblem } from './api-problem';
import { parseBody, parseIfMatch } from './request-parsing';

function problemOf(run: () => unknown): { code: string; fieldErrors: unknown } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    return { code: error.code, fieldErrors: error.details.fieldErrors };
  }
}

describe('If-Match', () => {
  it('reads a decimal version, quoted or not, weak or strong', () => {
    expect(parseIfMatch('"3"', true)).toBe(3);
    expect(parseIfMatch('3', true)).toBe(3);
    expect(parseIfMatch('W/"12"', true)).toBe(12);
    expect(parseIfMatch(' "7" ', true)).toBe(7);
  });

  it('is optional only where the action allows it; empty is never a version', () => {
    expect(parseIfMatch(undefined, false)).toBeNull();
    expect(problemOf(() => parseIfMatch(undefined, true))?.code).toBe('precondition_required');
    expect(problemOf(() => parseIfMatch('', false))?.code).toBe('precondition_required');
    expect(problemOf(() => parseIfMatch('  ', true))?.code).toBe('precondition_required');
  });

  it('refuses anything but a positive decimal integer, naming the header', () => {
    for (const bad of [
      '"0"',
      '"01"',
      '"-1"',
      '"1.5"',
      '"1e3"',
      '"0x1f"',
      '"abc"',
      '*',
      '"1", "2"',
    ]) {
      expect(
        problemOf(() => parseIfMatch(bad, true)),
        bad,
      ).toEqual({
        code: 'validation_failed',
        fieldErrors: { 'If-Match': ['Send a version number, such as "3"'] },
      });
    }
  });
});

describe('request bodies', () => {
  const schema = z.strictObject({ name: z.string(), tags: z.record(z.string(), z.string()) });

  it('refuses __proto__ keys wherever they are, before the schema can drop them', () => {
    const body = JSON.parse('{"name":"x","tags":{"__proto__":"y"},"__proto__":{}}') as unknown;
    expect(problemOf(() => parseBody(schema, body))).toEqual({
      code: 'validation_failed',
      // Parsed, so that `__proto__` is an own key here too, not the prototype.
      fieldErrors: JSON.parse(
        '{"tags.__proto__":["This field is not allowed here"],"__proto__":["This field is not allowed here"]}',
      ) as unknown,
    });
  });

  it('names unknown fields at their own path', () => {
    expect(problemOf(() => parseBody(schema, { name: 'x', tags: {}, colour: 'red' }))).toEqual({
      code: 'validation_failed',
      fieldErrors: { colour: ['This field is not allowed here'] },
    });
    expect(parseBody(schema, { name: 'x', tags: { a: 'b' } })).toEqual({
      name: 'x',
      tags: { a: 'b' },
    });
  });
});
