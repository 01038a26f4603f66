/**
 * Assessments: lists and score rows within the reader's scope, one assessment and its history,
 * creating, saving (If-Match required) and the workflow's transitions. Permissions come from
 * src/domain/permissions, what a change makes and records from src/domain/workflow; the
 * store only checks the version and writes, atomically.
 */
import type { Context, Hono } from 'hono';
import { z } from '../../src/domain/zod';
import {
  assessmentStatusSchema,
  createAssessmentRequestSchema,
  emptyAssessmentContent,
  returnAssessmentRequestSchema,
  saveAssessmentRequestSchema,
  type Actor,
  type Assessment,
} from '../../src/domain/assessment';
import { contentOf } from '../../src/domain/assessment-fields';
import {
  canEditAssessment,
  canReadAssessment,
  canReviewAssessments,
  canSeeWorkInProgress,
  canStartAssessment,
  readScopeOf,
  type Reader,
} from '../../src/domain/permissions';
import { publishedAssessmentOf } from '../../src/domain/publication';
import {
  approvedAssessment,
  createdAssessment,
  isActionAllowed,
  returnedAssessment,
  savedAssessment,
  submissionFieldErrors,
  submittedAssessment,
  type AssessmentAction,
  type ChangeContext,
  type Transition,
} from '../../src/domain/workflow';
import type { AssessmentQuery, ContractStore } from '../store/contract-store';
import { ApiProblem, validationProblem } from './api-problem';
import type { AssessmentChange, Notifier } from '../notifications/notifier';
import { reader, signedIn } from './authentication';
import type { ApiEnv } from './create-api';
import { findRound } from './reference-routes';
import {
  parseBody,
  parseIfMatch,
  parseQuery,
  readJsonBody,
  refuseAnyBody,
} from './request-parsing';

/** `?roundId=&cityId=&status=`, each optional; an unknown status is refused. */
const assessmentFilterSchema = z.object({
  roundId: z.optional(z.string().check(z.minLength(1))),
  cityId: z.optional(z.string().check(z.minLength(1))),
  status: z.optional(assessmentStatusSchema),
});

function assessmentQueryOf(context: Context<ApiEnv>): AssessmentQuery {
  const filter = parseQuery(context.req.query(), assessmentFilterSchema);
  return { ...filter, scope: readScopeOf(context.get('reader')) };
}

/** The assessment as this reader may see it: a visitor gets its published projection. */
function servedTo(reader: Reader, assessment: Assessment): Assessment {
  return canSeeWorkInProgress(reader) ? assessment : publishedAssessmentOf(assessment);
}

function assessmentResponse(
  context: Context<ApiEnv>,
  assessment: Assessment,
  status: 200 | 201 = 200,
) {
  // no-transform: a compressing server or proxy would make the ETag weak (W/"3"), which an
  // If-Match header may not carry; one assessment is small enough to send as it is.
  return context.json(servedTo(context.get('reader'), assessment), status, {
    ETag: `"${String(assessment.version)}"`,
    'Cache-Control': 'no-transform',
  });
}

function actorOf(context: Context<ApiEnv>): Actor {
  const { id, name } = context.get('user');
  return { id, name };
}

/**
 * The assessment endpoints on `app`. Lists, score rows and single assessments are reads, open
 * to visitors when `publicRead` (approved only, published projection); history and every
 * change need a session.
 */
export function assessmentRoutes(
  app: Hono<ApiEnv>,
  {
    store,
    now,
    publicRead,
    notifier,
  }: {
    store: ContractStore;
    now: () => Date;
    publicRead: boolean;
    notifier?: Notifier | undefined;
  },
) {
  const auth = signedIn(store);
  const read = reader(store, { publicRead });

  function changeContext(context: Context<ApiEnv>): ChangeContext {
    return { actor: actorOf(context), at: now().toISOString() };
  }

  /**
   * The assessment if the reader may read it: 404 unknown, 403 not theirs to read. A visitor
   * gets 401 for one that is not published and for an unknown id alike: ids are predictable
   * (`<city>-<round>`), so telling them apart would count the work in progress that a round's
   * published progress leaves out.
   */
  async function readable(context: Context<ApiEnv>): Promise<Assessment> {
    const id = context.req.param('assessmentId') ?? '';
    const assessment = await store.getAssessment(id);
    const who = context.get('reader');
    if (who === null && (!assessment || !canReadAssessment(who, assessment))) {
      throw new ApiProblem('unauthenticated', 'Sign in to read this assessment');
    }
    if (!assessment) throw new ApiProblem('not_found', `No assessment with id ${id}`);
    if (!canReadAssessment(who, assessment)) {
      throw new ApiProblem('forbidden', 'You may not read this assessment');
    }
    return assessment;
  }

  /** 409 with the current copy when the change was based on another version. */
  function checkVersion(assessment: Assessment, basedOn: number | null) {
    if (basedOn !== null && basedOn !== assessment.version) {
      throw new ApiProblem(
        'version_conflict',
        `The assessment changed since version ${String(basedOn)}; the current version is ${String(assessment.version)}`,
        { current: assessment },
      );
    }
  }

  function checkStatus(action: AssessmentAction, assessment: Assessment) {
    if (!isActionAllowed(action, assessment.status)) {
      throw new ApiProblem(
        'status_conflict',
        `This is not possible while the assessment is ${assessment.status}`,
      );
    }
  }

  /**
   * Writes a change made from `current`. When another change came first (the store's atomic
   * version check), answers 409 with what is stored now.
   */
  async function commit(
    context: Context<ApiEnv>,
    current: Assessment,
    { assessment, entry }: Transition,
  ) {
    if (await store.updateAssessment(assessment, current.version, entry)) {
      return assessmentResponse(context, assessment);
    }
    const stored = await store.getAssessment(current.id);
    throw new ApiProblem(
      'version_conflict',
      `The assessment changed since version ${String(current.version)}`,
      stored ? { current: stored } : {},
    );
  }

  /**
   * Commits a workflow transition (submit, return, approve), then tells the notifier, with
   * the `kind` of change and a return's comment: mail goes out only for a change that was
   * stored, never for one refused as a version conflict, and the answer does not wait for it.
   */
  async function commitAndNotify(
    context: Context<ApiEnv>,
    current: Assessment,
    transition: Transition,
    notice: Pick<AssessmentChange, 'kind' | 'comment'>,
  ) {
    const response = await commit(context, current, transition);
    notifier?.assessmentChanged({
      ...notice,
      assessment: transition.assessment,
      actor: actorOf(context),
    });
    return response;
  }

  /**
   * 403 unless the user is the city's member and the round is open (a closed round is
   * read-only for members); the assessment's own status is checked after its version.
   */
  async function mayEdit(context: Context<ApiEnv>, current: Assessment, verb: string) {
    const user = context.get('user');
    if (!canEditAssessment(user, { ...current, status: 'draft' }, { status: 'open' })) {
      throw new ApiProblem('forbidden', `You may not ${verb} this assessment`);
    }
    const round = await findRound(store, current.roundId);
    if (!canEditAssessment(user, { ...current, status: 'draft' }, round)) {
      throw new ApiProblem(
        'forbidden',
        `The round is ${round.status}: its assessments are read-only`,
      );
    }
  }

  app.get('/assessments', read, async (context) => {
    const assessments = await store.listAssessments(assessmentQueryOf(context));
    const who = context.get('reader');
    return context.json(assessments.map((assessment) => servedTo(who, assessment)));
  });
  app.get('/scores', read, async (context) =>
    context.json(await store.listScoreRows(assessmentQueryOf(context))),
  );

  app.post('/assessments', auth, async (context) => {
    const request = parseBody(createAssessmentRequestSchema, await readJsonBody(context.req.raw));
    const city = await store.getCity(request.cityId);
    if (!city) throw new ApiProblem('not_found', `No city with id ${request.cityId}`);
    if (city.archived) throw new ApiProblem('forbidden', 'The city is archived');
    const round = await findRound(store, request.roundId);
    if (!canStartAssessment(context.get('user'), city.id, round)) {
      throw new ApiProblem('forbidden', 'You may not start an assessment for this city');
    }
    const previous =
      request.prefill === 'previous'
        ? await store.latestAssessmentBefore(city.id, round.year)
        : null;
    const { assessment, entry } = createdAssessment(
      { cityId: city.id, roundId: round.id },
      previous ? contentOf(previous) : emptyAssessmentContent(),
      changeContext(context),
    );
    if (!(await store.insertAssessment(assessment, entry))) {
      throw new ApiProblem('already_exists', 'This city already has an assessment for the round');
    }
    return assessmentResponse(context, assessment, 201);
  });

  app.get('/assessments/:assessmentId', read, async (context) =>
    assessmentResponse(context, await readable(context)),
  );
  app.get('/assessments/:assessmentId/history', auth, async (context) => {
    const assessment = await readable(context);
    return context.json(await store.listHistory(assessment.id));
  });

  app.put('/assessments/:assessmentId', auth, async (context) => {
    const current = await readable(context);
    await mayEdit(context, current, 'edit');
    const basedOn = parseIfMatch(context.req.header('If-Match'), true);
    const body = await readJsonBody(context.req.raw);
    checkVersion(current, basedOn);
    checkStatus('save', current);
    const content = parseBody(saveAssessmentRequestSchema, body);
    return commit(context, current, savedAssessment(current, content, changeContext(context)));
  });

  app.post('/assessments/:assessmentId/submit', auth, async (context) => {
    const current = await readable(context);
    await mayEdit(context, current, 'submit');
    checkVersion(current, parseIfMatch(context.req.header('If-Match'), false));
    await refuseAnyBody(context.req.raw);
    checkStatus('submit', current);
    const gaps = submissionFieldErrors(current);
    if (Object.keys(gaps).length > 0) {
      throw validationProblem('The assessment is not complete', gaps);
    }
    const submitted = submittedAssessment(current, changeContext(context));
    return commitAndNotify(context, current, submitted, { kind: 'submitted' });
  });

  app.post('/assessments/:assessmentId/return', auth, async (context) => {
    const current = await readable(context);
    if (!canReviewAssessments(context.get('user'))) {
      throw new ApiProblem('forbidden', 'Only coordinators return assessments');
    }
    checkVersion(current, parseIfMatch(context.req.header('If-Match'), false));
    const { comment } = parseBody(
      returnAssessmentRequestSchema,
      await readJsonBody(context.req.raw),
    );
    checkStatus('return', current);
    const returned = returnedAssessment(current, comment, changeContext(context));
    return commitAndNotify(context, current, returned, { kind: 'returned', comment });
  });

  app.post('/assessments/:assessmentId/approve', auth, async (context) => {
    const current = await readable(context);
    if (!canReviewAssessments(context.get('user'))) {
      throw new ApiProblem('forbidden', 'Only coordinators approve assessments');
    }
    checkVersion(current, parseIfMatch(context.req.header('If-Match'), false));
    await refuseAnyBody(context.req.raw);
    checkStatus('approve', current);
    const approved = approvedAssessment(current, changeContext(context));
    return commitAndNotify(context, current, approved, { kind: 'approved' });
  });
}
