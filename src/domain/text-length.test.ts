import { describe, expect, it, vi } from 'vitest';
import { commitmentAnswerSchema, returnAssessmentRequestSchema } from './assessment';
import { graphemeLength } from './text-length';

// A man, a woman, a girl and a boy joined by three zero-width joiners: eleven UTF-16 units,
// one character on screen.
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
const answer = (evidence: string) => ({ rating: 'fully', reason: '', evidence, links: [] });

describe('graphemeLength', () => {
  it('counts a family emoji as one character, not eleven', () => {
    expect(FAMILY).toHaveLength(11);
    expect(graphemeLength(FAMILY)).toBe(1);
    expect(graphemeLength('a'.repeat(1995) + FAMILY)).toBe(1996);
  });

  it('counts a letter with a combining accent as one', () => {
    expect(graphemeLength('e\u0301')).toBe(1);
    expect(graphemeLength('Cre\u0301teil')).toBe(7);
  });

  it('counts nothing in an empty text', () => {
    expect(graphemeLength('')).toBe(0);
  });
});

describe('text limits in the shared schemas', () => {
  it('accepts 1,995 letters and a family emoji as evidence (1,996 of 2,000)', () => {
    expect(commitmentAnswerSchema.safeParse(answer('a'.repeat(1995) + FAMILY)).success).toBe(true);
  });

  it('accepts exactly 2,000 characters of accented letters typed as letter + accent', () => {
    expect(commitmentAnswerSchema.safeParse(answer('e\u0301'.repeat(2000))).success).toBe(true);
  });

  it('refuses 2,001 characters with a message that says the limit and how it counts', () => {
    const result = commitmentAnswerSchema.safeParse(answer('a'.repeat(2000) + FAMILY));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'too_big',
        origin: 'string',
        maximum: 2000,
        path: ['evidence'],
        message: 'Too long: at most 2000 characters (an emoji or accented letter counts as one)',
      }),
    ]);
  });

  it('counts a reviewer comment the same way', () => {
    expect(returnAssessmentRequestSchema.safeParse({ comment: FAMILY.repeat(2000) }).success).toBe(
      true,
    );
    expect(returnAssessmentRequestSchema.safeParse({ comment: FAMILY.repeat(2001) }).success).toBe(
      false,
    );
  });
});

describe('loading the module', () => {
  it('makes no segmenter until a text is counted: making one costs a page 20-50 ms at start', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'Segmenter');
    const textLength = await import('./text-length');
    await import('./assessment');
    expect(made).not.toHaveBeenCalled();
    expect(textLength.graphemeLength(FAMILY)).toBe(1);
    expect(textLength.graphemeLength('e\u0301')).toBe(1);
    expect(made).toHaveBeenCalledTimes(1);
  });
});
