/**
 * Three-way merge of an assessment's content, field by field, against the version both sides
 * started from. Comparing only "mine" with "theirs" cannot tell a change made here from one made
 * elsewhere, so a two-way merge puts stale text back over a change someone saved (issue 12).
 */
import type { AssessmentContent } from './assessment';
import {
  assessmentFieldKeys,
  contentOf,
  fieldValue,
  fieldValuesEqual,
  mergeContent,
  type AssessmentFieldKey,
} from './assessment-fields';

/** What merging this device's content with a newer saved version gives. */
export interface ContentMerge {
  /**
   * Every field changed on one side only takes that side's value; a field changed on both sides
   * to different values keeps this device's value until the person chooses.
   */
  merged: AssessmentContent;
  /** Fields changed on both sides to different values, in form order: the person chooses. */
  conflicts: AssessmentFieldKey[];
  /** Fields changed only in the saved version, whose value the merge took, in form order. */
  takenFromTheirs: AssessmentFieldKey[];
}

/**
 * Merges `mine` (this device) and `theirs` (a newer saved version) against `base`, the version
 * both started from. Without a known base (an old draft on this device) every field on which the
 * two differ counts as a conflict, so nothing is decided for the person.
 */
export function mergeContentThreeWay(
  base: AssessmentContent | null,
  mine: AssessmentContent,
  theirs: AssessmentContent,
): ContentMerge {
  const conflicts: AssessmentFieldKey[] = [];
  const takenFromTheirs: AssessmentFieldKey[] = [];
  for (const key of assessmentFieldKeys) {
    const mineValue = fieldValue(mine, key);
    const theirValue = fieldValue(theirs, key);
    if (fieldValuesEqual(mineValue, theirValue)) continue;
    const baseValue = base === null ? undefined : fieldValue(base, key);
    const changedHere = baseValue === undefined || !fieldValuesEqual(baseValue, mineValue);
    const changedThere = baseValue === undefined || !fieldValuesEqual(baseValue, theirValue);
    if (changedHere && changedThere) conflicts.push(key);
    else if (changedThere) takenFromTheirs.push(key);
  }
  return {
    merged: contentOf(mergeContent(mine, theirs, takenFromTheirs)),
    conflicts,
    takenFromTheirs,
  };
}

/** The person's answer for one conflicting field: keep this device's value or take the saved one. */
export type ConflictChoice = 'mine' | 'theirs';

/**
 * The content after the person chose for each conflicting field; a field without a choice keeps
 * this device's value (callers ask for every choice before they save).
 */
export function applyConflictChoices(
  mine: AssessmentContent,
  theirs: AssessmentContent,
  choices: Partial<Record<AssessmentFieldKey, ConflictChoice>>,
): AssessmentContent {
  const takeTheirs = assessmentFieldKeys.filter((key) => choices[key] === 'theirs');
  return contentOf(mergeContent(mine, theirs, takeTheirs));
}

/**
 * The version to merge against next time, once the non-conflicting fields are merged: the saved
 * version, with the still-conflicting fields as they were at the old base. Edits made after the
 * merge on a field taken from `theirs` then count as edits on top of it, not as new conflicts.
 */
export function rebaseOnto(
  base: AssessmentContent | null,
  theirs: AssessmentContent,
  conflicts: readonly AssessmentFieldKey[],
): AssessmentContent | null {
  if (base === null) return conflicts.length === 0 ? contentOf(theirs) : null;
  return contentOf(mergeContent(theirs, base, conflicts));
}

/**
 * The fields this device changed from `base` that `server` does not already hold: what a
 * restored draft brings back. Without a base, every field on which draft and server differ.
 */
export function changesOfThisDevice(
  base: AssessmentContent | null,
  draft: AssessmentContent,
  server: AssessmentContent,
): AssessmentFieldKey[] {
  return assessmentFieldKeys.filter((key) => {
    const draftValue = fieldValue(draft, key);
    if (fieldValuesEqual(draftValue, fieldValue(server, key))) return false;
    return base === null || !fieldValuesEqual(draftValue, fieldValue(base, key));
  });
}
