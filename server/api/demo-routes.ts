/**
 * Demo-only endpoints: which data set the mock serves, switching it, and restoring it as
 * generated. Only the mock mounts them, and only a coordinator may change anything: a reset
 * wipes everyone's saved work.
 */
import type { Hono } from 'hono';
import {
  selectDemoDataSetRequestSchema,
  type DemoDataSetId,
  type DemoDataSetInfo,
} from '../../src/domain/demo-data-set';
import { canRunDemo } from '../../src/domain/permissions';
import type { ContractStore } from '../store/contract-store';
import { signedInAs } from './authentication';
import type { ApiEnv } from './create-api';
import { parseBody, readJsonBody } from './request-parsing';

/** What the demo's owner (the mock) does behind its endpoints. */
export interface DemoControl {
  dataSetInfo(): Promise<DemoDataSetInfo>;
  /** Serves another data set from now on and remembers the choice; sessions are kept. */
  selectDataSet(id: DemoDataSetId): Promise<DemoDataSetInfo>;
  /** Back to the data set in use as generated, with no history; sessions are kept. */
  reset(): Promise<void>;
}

export function demoRoutes(
  app: Hono<ApiEnv>,
  { store, demo }: { store: ContractStore; demo: DemoControl },
) {
  const coordinatorOnly = signedInAs(store, canRunDemo, 'Only coordinators change the demo data');

  app.get('/demo/data-set', async (context) => context.json(await demo.dataSetInfo()));
  app.put('/demo/data-set', ...coordinatorOnly, async (context) => {
    const { dataSet } = parseBody(
      selectDemoDataSetRequestSchema,
      await readJsonBody(context.req.raw),
    );
    return context.json(await demo.selectDataSet(dataSet));
  });
  app.post('/demo/reset', ...coordinatorOnly, async (context) => {
    await demo.reset();
    return context.body(null, 204);
  });
}
