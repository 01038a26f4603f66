/**
 * Signatory cities, administered by coordinators (docs/api.md, "Administration: cities"):
 * added, edited, archived and taken out of the archive; never deleted, so their past results
 * stay readable. Each change is written with its audit entry.
 */
import type { Context, Hono } from 'hono';
import type { AuditAction } from '../../src/domain/audit';
import {
  cityFieldsSchema,
  cityIdFor,
  citySchema,
  updateCityRequestSchema,
  type City,
} from '../../src/domain/city';
import type { ContractStore } from '../store/contract-store';
import { sameValue } from '../store/same-value';
import { auditEntryFor, coordinatorOnly } from './administration';
import { ApiProblem } from './api-problem';
import type { ApiEnv } from './create-api';
import { parseBody, readJsonBody, refuseAnyBody } from './request-parsing';

/** The city with this id, or 404. */
async function findCity(store: ContractStore, id: string): Promise<City> {
  const city = await store.getCity(id);
  if (!city) throw new ApiProblem('not_found', `No city with id ${id}`);
  return city;
}

export function cityAdminRoutes(
  app: Hono<ApiEnv>,
  { store, now }: { store: ContractStore; now: () => Date },
) {
  const admin = coordinatorOnly(store);

  function entryFor(
    context: Context<ApiEnv>,
    action: AuditAction,
    before: City | null,
    after: City,
  ) {
    return auditEntryFor(context, now, {
      action,
      target: { kind: 'city', id: after.id },
      before,
      after,
    });
  }

  /** Writes `next` over `current` with its audit entry; 409 when the city changed meanwhile. */
  async function commit(context: Context<ApiEnv>, current: City, next: City, action: AuditAction) {
    if (!(await store.updateCity(next, current, entryFor(context, action, current, next)))) {
      throw new ApiProblem('version_conflict', 'The city changed meanwhile: reload and try again');
    }
    return context.json(next);
  }

  app.post('/cities', ...admin, async (context) => {
    const fields = parseBody(cityFieldsSchema, await readJsonBody(context.req.raw));
    const taken = new Set((await store.listCities()).map(({ id }) => id));
    // The whole city is checked again for the rules between fields (local languages).
    const city = parseBody(citySchema, {
      id: cityIdFor(fields.name, taken),
      ...fields,
      archived: false,
    });
    if (!(await store.insertCity(city, entryFor(context, 'city.create', null, city)))) {
      throw new ApiProblem('already_exists', 'A city was added with the same id: try again');
    }
    return context.json(city, 201);
  });

  app.patch('/cities/:cityId', ...admin, async (context) => {
    const current = await findCity(store, context.req.param('cityId'));
    const change = parseBody(updateCityRequestSchema, await readJsonBody(context.req.raw));
    const next = parseBody(citySchema, { ...current, ...change });
    if (sameValue(next, current)) return context.json(current);
    return commit(context, current, next, 'city.update');
  });

  const archiving: [path: string, archived: boolean, action: AuditAction][] = [
    ['archive', true, 'city.archive'],
    ['unarchive', false, 'city.unarchive'],
  ];
  for (const [path, archived, action] of archiving) {
    app.post(`/cities/:cityId/${path}`, ...admin, async (context) => {
      const current = await findCity(store, context.req.param('cityId'));
      await refuseAnyBody(context.req.raw);
      if (current.archived === archived) {
        throw new ApiProblem(
          'status_conflict',
          archived ? 'The city is archived already' : 'The city is not archived',
        );
      }
      return commit(context, current, { ...current, archived }, action);
    });
  }
}
