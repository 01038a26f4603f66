/** The one list of handlers, shared by the browser worker, msw/node in tests and the e2e demo. */
import type { MockDatabase } from './db/database';
import { assessmentHandlers } from './handlers/assessments';
import { catalogueHandlers } from './handlers/catalogue';
import { cityHandlers } from './handlers/cities';
import { demoHandlers } from './handlers/demo';
import { roundHandlers } from './handlers/rounds';
import { sessionHandlers } from './handlers/session';

export function createHandlers(db: MockDatabase) {
  return [
    ...sessionHandlers(db),
    ...catalogueHandlers(db),
    ...cityHandlers(db),
    ...roundHandlers(db),
    ...assessmentHandlers(db),
    ...demoHandlers(db),
  ];
}
