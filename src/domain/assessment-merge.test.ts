import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAssessmentContent, type AssessmentContent } from './assessment';
import {
  assessmentFieldKeys,
  fieldValue,
  parseFieldKey,
  withFieldValue,
  type AssessmentFieldKey,
  type FieldValue,
} from './assessment-fields';
import {
  applyConflictChoices,
  changesOfThisDevice,
  mergeContentThreeWay,
  rebaseOnto,
  type ConflictChoice,
} from './assessment-merge';
import { ratingValues, targetGroupIds, trendStatuses } from './charter';

const edit = (
  content: AssessmentContent,
  ...changes: [AssessmentFieldKey, FieldValue][]
): AssessmentContent =>
  changes.reduce((current, [key, value]) => withFieldValue(current, key, value), content);

// Lotte's two tabs on ghent-2026: both start from version 2.
const version2 = edit(
  emptyAssessmentContent(),
  ['ratings.EM1.evidence', 'Old EM1 text'],
  ['ratings.EM2.evidence', 'Old EM2 text'],
);

describe('mergeContentThreeWay', () => {
  it('keeps a change saved elsewhere and a change made here when they touch different fields', () => {
    const tabA = edit(version2, ['ratings.EM1.evidence', 'New EM1 text from tab A']);
    const tabB = edit(version2, ['ratings.EM2.evidence', 'New EM2 text from tab B']);

    const { merged, conflicts, takenFromTheirs } = mergeContentThreeWay(version2, tabB, tabA);

    expect(conflicts).toEqual([]);
    expect(takenFromTheirs).toEqual(['ratings.EM1.evidence']);
    expect(merged.ratings.EM1?.evidence).toBe('New EM1 text from tab A');
    expect(merged.ratings.EM2?.evidence).toBe('New EM2 text from tab B');
  });

  it('asks only about fields both sides changed to different values', () => {
    const theirs = edit(
      version2,
      ['ratings.EM1.evidence', 'Theirs'],
      ['ratings.PM1.rating', 'fully'],
      ['targetGroups', ['refugees']],
    );
    const mine = edit(
      version2,
      ['ratings.EM1.evidence', 'Mine'],
      ['ratings.PM1.rating', 'fully'],
      ['trends.participation.status', 'emerging'],
    );

    const { merged, conflicts, takenFromTheirs } = mergeContentThreeWay(version2, mine, theirs);

    expect(conflicts).toEqual(['ratings.EM1.evidence']);
    expect(takenFromTheirs).toEqual(['targetGroups']);
    // Until the person chooses, a conflicting field shows what they typed here.
    expect(merged.ratings.EM1?.evidence).toBe('Mine');
    expect(merged.ratings.PM1?.rating).toBe('fully');
    expect(merged.trends.participation?.status).toBe('emerging');
    expect(merged.targetGroups).toEqual(['refugees']);
  });

  it('treats every difference as a question when the starting version is unknown', () => {
    const theirs = edit(version2, ['ratings.EM1.evidence', 'Theirs']);
    const { conflicts, takenFromTheirs } = mergeContentThreeWay(null, version2, theirs);
    expect(conflicts).toEqual(['ratings.EM1.evidence']);
    expect(takenFromTheirs).toEqual([]);
  });
});

describe('applyConflictChoices', () => {
  it('takes each conflicting field from the side the person chose', () => {
    const theirs = edit(
      version2,
      ['ratings.EM1.evidence', 'Theirs 1'],
      ['ratings.EM2.evidence', 'Theirs 2'],
    );
    const mine = edit(
      version2,
      ['ratings.EM1.evidence', 'Mine 1'],
      ['ratings.EM2.evidence', 'Mine 2'],
    );
    const result = applyConflictChoices(mine, theirs, {
      'ratings.EM1.evidence': 'theirs',
      'ratings.EM2.evidence': 'mine',
    });
    expect(result.ratings.EM1?.evidence).toBe('Theirs 1');
    expect(result.ratings.EM2?.evidence).toBe('Mine 2');
  });
});

describe('rebaseOnto', () => {
  it('makes later edits of a field taken from the saved version count as edits on top of it', () => {
    const theirs = edit(
      version2,
      ['ratings.EM1.evidence', 'Theirs'],
      ['ratings.EM2.evidence', 'Theirs 2'],
    );
    const mine = edit(version2, ['ratings.EM2.evidence', 'Mine 2']);
    const first = mergeContentThreeWay(version2, mine, theirs);
    const base = rebaseOnto(version2, theirs, first.conflicts);

    const editedAfter = edit(first.merged, ['ratings.EM1.evidence', 'Theirs, improved here']);
    const second = mergeContentThreeWay(base, editedAfter, theirs);
    expect(second.conflicts).toEqual(['ratings.EM2.evidence']);
    expect(second.merged.ratings.EM1?.evidence).toBe('Theirs, improved here');
  });
});

describe('changesOfThisDevice', () => {
  it('counts only the fields this device changed that the server does not hold yet', () => {
    // Tab A saved EM1 (version 3); tab B's draft, still on version 2, changed EM2.
    const version3 = edit(version2, ['ratings.EM1.evidence', 'New EM1 text from tab A']);
    const draftOfTabB = edit(version2, ['ratings.EM2.evidence', 'New EM2 text from tab B']);
    expect(changesOfThisDevice(version2, draftOfTabB, version3)).toEqual(['ratings.EM2.evidence']);
  });
});

/** A random value of the right kind for a field. */
function fieldValueArbitrary(key: AssessmentFieldKey): fc.Arbitrary<FieldValue> {
  const parsed = parseFieldKey(key);
  const text = fc.constantFrom('', 'a', 'b', 'Evidence', 'Ł ő ș', 'Mixed 👨‍👩‍👧');
  if (parsed.section === 'targetGroups') {
    return fc.uniqueArray(fc.constantFrom(...targetGroupIds), { maxLength: 3 });
  }
  if (parsed.section === 'trends') {
    return parsed.part === 'status' ? fc.constantFrom(null, ...trendStatuses) : text;
  }
  switch (parsed.part) {
    case 'rating':
      return fc.constantFrom(null, ...ratingValues);
    case 'links':
      return fc.uniqueArray(fc.constantFrom('https://a.example/', 'https://b.example/x'), {
        maxLength: 2,
      });
    default:
      return text;
  }
}

/** A few random field edits, each a key and a value of its kind. */
const editsArbitrary = fc
  .array(
    fc.constantFrom(
      ...assessmentFieldKeys.slice(0, 24),
      'trends.participation.example',
      'targetGroups',
    ),
    {
      maxLength: 6,
    },
  )
  .chain((keys) =>
    fc.tuple(...keys.map((key) => fieldValueArbitrary(key).map((value) => [key, value] as const))),
  );

const applyEdits = (
  content: AssessmentContent,
  edits: readonly (readonly [AssessmentFieldKey, FieldValue])[],
) => edits.reduce((current, [key, value]) => withFieldValue(current, key, value), content);

describe('three-way merge, over random pairs of edits', () => {
  it('loses nothing either side saved, unless the person chose the other side', () => {
    fc.assert(
      fc.property(
        editsArbitrary,
        editsArbitrary,
        editsArbitrary,
        fc.func(fc.constantFrom<ConflictChoice>('mine', 'theirs')),
        (baseEdits, theirEdits, myEdits, choose) => {
          const base = applyEdits(emptyAssessmentContent(), baseEdits);
          const theirs = applyEdits(base, theirEdits);
          const mine = applyEdits(base, myEdits);

          const { merged, conflicts } = mergeContentThreeWay(base, mine, theirs);
          const choices = Object.fromEntries(conflicts.map((key) => [key, choose(key)]));
          const result = applyConflictChoices(merged, theirs, choices);

          for (const key of assessmentFieldKeys) {
            const [b, m, t, r] = [base, mine, theirs, result].map((content) =>
              JSON.stringify(fieldValue(content, key)),
            );
            const changedHere = m !== b;
            const changedThere = t !== b;
            if (changedHere && changedThere && m !== t) {
              expect(conflicts).toContain(key);
              expect(r).toBe(choices[key] === 'theirs' ? t : m);
            } else {
              expect(conflicts).not.toContain(key);
              expect(r).toBe(changedThere ? t : m);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 merges take about a second alone, and several times that on a busy 2-core machine.
  }, 30_000);
});
