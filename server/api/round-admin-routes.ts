/**
 * Reporting rounds, administered by coordinators (docs/api.md, "Administration: rounds"): a
 * round is created planned, with its year and deadline; opened (at most one at a time) and
 * closed; its deadline changed. Each change is written with its audit entry.
 */
import type { Context, Hono } from 'hono';
import type { AuditAction } from '../../src/domain/audit';
import {
  createRoundRequestSchema,
  findOpenRound,
  roundAfter,
  roundDeadlineProblem,
  roundIdOf,
  updateRoundRequestSchema,
  type Round,
  type RoundTransition,
} from '../../src/domain/round';
import type { ContractStore } from '../store/contract-store';
import { auditEntryFor, coordinatorOnly } from './administration';
import { ApiProblem, validationProblem } from './api-problem';
import type { ApiEnv } from './create-api';
import { findRound } from './reference-routes';
import { parseBody, readJsonBody, refuseAnyBody } from './request-parsing';

const refusals = {
  'already-open': 'The round is open already',
  'another-open': 'Another round is open: close it first (one round is open at a time)',
  'not-open': 'Only an open round can be closed',
} as const;

export function roundAdminRoutes(
  app: Hono<ApiEnv>,
  { store, now }: { store: ContractStore; now: () => Date },
) {
  const admin = coordinatorOnly(store);

  /** Writes `next` over `current` with its audit entry; 409 when the round changed meanwhile. */
  async function commit(
    context: Context<ApiEnv>,
    current: Round,
    next: Round,
    action: AuditAction,
  ) {
    const entry = auditEntryFor(context, now, {
      action,
      target: { kind: 'round', id: current.id },
      before: current,
      after: next,
    });
    if (!(await store.updateRound(next, current, entry))) {
      throw new ApiProblem(
        'status_conflict',
        'The round changed meanwhile, or another round was opened: reload and try again',
      );
    }
    return context.json(next);
  }

  /** 400 with a field error when the deadline falls before the round's year. */
  function refuseDeadlineBeforeYear(year: number, deadline: string | null) {
    const problem = roundDeadlineProblem(year, deadline);
    if (problem !== null) throw validationProblem(problem, { deadline: [problem] });
  }

  app.post('/rounds', ...admin, async (context) => {
    const { year, deadline } = parseBody(
      createRoundRequestSchema,
      await readJsonBody(context.req.raw),
    );
    refuseDeadlineBeforeYear(year, deadline);
    const round: Round = { id: roundIdOf(year), year, status: 'planned', deadline };
    const entry = auditEntryFor(context, now, {
      action: 'round.create',
      target: { kind: 'round', id: round.id },
      before: null,
      after: round,
    });
    if (!(await store.insertRound(round, entry))) {
      throw new ApiProblem('already_exists', `A round for ${String(year)} exists already`, {
        fieldErrors: { year: ['A round for this year exists already'] },
      });
    }
    return context.json(round, 201);
  });

  app.patch('/rounds/:roundId', ...admin, async (context) => {
    const current = await findRound(store, context.req.param('roundId'));
    const { deadline } = parseBody(updateRoundRequestSchema, await readJsonBody(context.req.raw));
    if (deadline === current.deadline) return context.json(current);
    refuseDeadlineBeforeYear(current.year, deadline);
    return commit(context, current, { ...current, deadline }, 'round.update');
  });

  const transitions: [RoundTransition, AuditAction][] = [
    ['open', 'round.open'],
    ['close', 'round.close'],
  ];
  for (const [transition, action] of transitions) {
    app.post(`/rounds/:roundId/${transition}`, ...admin, async (context) => {
      const current = await findRound(store, context.req.param('roundId'));
      await refuseAnyBody(context.req.raw);
      const result = roundAfter(current, transition, findOpenRound(await store.listRounds()));
      if ('refusal' in result) throw new ApiProblem('status_conflict', refusals[result.refusal]);
      return commit(context, current, result.round, action);
    });
  }
}
