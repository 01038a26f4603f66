/**
 * An assessment's content as a flat list of fields (`ratings.PM1.evidence`, `targetGroups`…).
 * The keys are the paths zod and the API use for field errors, so one key names a field in
 * the editor, in an error, in the history and in the conflict view.
 */
import type { AssessmentContent, CommitmentAnswer, Ratings, TrendAnswer } from './assessment';
import {
  commitmentIds,
  keyTrendIds,
  type CommitmentId,
  type KeyTrendId,
  type TargetGroupId,
} from './charter';

export const commitmentParts = ['rating', 'reason', 'evidence', 'links'] as const;
export type CommitmentPart = (typeof commitmentParts)[number];
export const trendParts = ['status', 'example'] as const;
export type TrendPart = (typeof trendParts)[number];

export type CommitmentFieldKey = `ratings.${CommitmentId}.${CommitmentPart}`;
export type TrendFieldKey = `trends.${KeyTrendId}.${TrendPart}`;
export type AssessmentFieldKey = CommitmentFieldKey | TrendFieldKey | 'targetGroups';

/** Every field, in the order the editor shows them. */
export const assessmentFieldKeys: readonly AssessmentFieldKey[] = [
  ...commitmentIds.flatMap((id) =>
    commitmentParts.map((part): CommitmentFieldKey => `ratings.${id}.${part}`),
  ),
  ...keyTrendIds.flatMap((id) => trendParts.map((part): TrendFieldKey => `trends.${id}.${part}`)),
  'targetGroups',
];

export type FieldValue = string | readonly string[] | null;

export type ParsedFieldKey =
  | { section: 'ratings'; commitmentId: CommitmentId; part: CommitmentPart }
  | { section: 'trends'; trendId: KeyTrendId; part: TrendPart }
  | { section: 'targetGroups' };

export function parseFieldKey(key: AssessmentFieldKey): ParsedFieldKey {
  if (key === 'targetGroups') return { section: 'targetGroups' };
  const [section, id, part] = key.split('.');
  if (section === 'ratings') {
    return {
      section,
      commitmentId: id as CommitmentId,
      part: part as CommitmentPart,
    };
  }
  return { section: 'trends', trendId: id as KeyTrendId, part: part as TrendPart };
}

const fieldKeySet: ReadonlySet<string> = new Set(assessmentFieldKeys);

export function isAssessmentFieldKey(key: string): key is AssessmentFieldKey {
  return fieldKeySet.has(key);
}

/**
 * The field an error path belongs to: `ratings.PM1.links.2` is about `ratings.PM1.links`;
 * null when the path names no single field (e.g. the whole body).
 */
export function fieldKeyOfErrorPath(path: string): AssessmentFieldKey | null {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const candidate = segments.slice(0, length).join('.');
    if (isAssessmentFieldKey(candidate)) return candidate;
  }
  return null;
}

export const emptyCommitmentAnswer: CommitmentAnswer = {
  rating: null,
  reason: '',
  evidence: '',
  links: [],
};
export const emptyTrendAnswer: TrendAnswer = { status: null, example: '' };

export function fieldValue(content: AssessmentContent, key: AssessmentFieldKey): FieldValue {
  const parsed = parseFieldKey(key);
  if (parsed.section === 'targetGroups') return content.targetGroups;
  if (parsed.section === 'ratings') {
    return (content.ratings[parsed.commitmentId] ?? emptyCommitmentAnswer)[parsed.part];
  }
  return (content.trends[parsed.trendId] ?? emptyTrendAnswer)[parsed.part];
}

export function fieldValuesEqual(a: FieldValue, b: FieldValue): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
  }
  return a === b;
}

function isEmptyCommitmentAnswer(answer: CommitmentAnswer): boolean {
  return (
    answer.rating === null &&
    answer.reason === '' &&
    answer.evidence === '' &&
    answer.links.length === 0
  );
}

function isEmptyTrendAnswer(answer: TrendAnswer): boolean {
  return answer.status === null && answer.example === '';
}

/** A copy with one field changed; an answer left with nothing in it is removed. */
export function withFieldValue(
  content: AssessmentContent,
  key: AssessmentFieldKey,
  value: FieldValue,
): AssessmentContent {
  const parsed = parseFieldKey(key);
  if (parsed.section === 'targetGroups') {
    return { ...content, targetGroups: [...((value ?? []) as readonly TargetGroupId[])] };
  }
  if (parsed.section === 'ratings') {
    const answer: CommitmentAnswer = {
      ...(content.ratings[parsed.commitmentId] ?? emptyCommitmentAnswer),
      [parsed.part]: parsed.part === 'links' ? [...((value ?? []) as readonly string[])] : value,
    };
    const others = Object.entries(content.ratings).filter(([id]) => id !== parsed.commitmentId);
    const ratings: Ratings = Object.fromEntries(
      isEmptyCommitmentAnswer(answer) ? others : [...others, [parsed.commitmentId, answer]],
    );
    return { ...content, ratings };
  }
  const answer: TrendAnswer = {
    ...(content.trends[parsed.trendId] ?? emptyTrendAnswer),
    [parsed.part]: value,
  };
  const others = Object.entries(content.trends).filter(([id]) => id !== parsed.trendId);
  const trends: AssessmentContent['trends'] = Object.fromEntries(
    isEmptyTrendAnswer(answer) ? others : [...others, [parsed.trendId, answer]],
  );
  return { ...content, trends };
}

/** The fields whose values differ between two versions, in form order. */
export function changedFields(
  before: AssessmentContent,
  after: AssessmentContent,
): AssessmentFieldKey[] {
  return assessmentFieldKeys.filter(
    (key) => !fieldValuesEqual(fieldValue(before, key), fieldValue(after, key)),
  );
}

export function sameContent(a: AssessmentContent, b: AssessmentContent): boolean {
  return changedFields(a, b).length === 0;
}

/** One version's fields, with the listed ones taken from the other version. */
export function mergeContent(
  base: AssessmentContent,
  other: AssessmentContent,
  takeFromOther: Iterable<AssessmentFieldKey>,
): AssessmentContent {
  let merged = base;
  for (const key of takeFromOther) merged = withFieldValue(merged, key, fieldValue(other, key));
  return merged;
}

/** Only the content fields of an assessment, e.g. to send as a save body. */
export function contentOf(content: AssessmentContent): AssessmentContent {
  return { ratings: content.ratings, trends: content.trends, targetGroups: content.targetGroups };
}
