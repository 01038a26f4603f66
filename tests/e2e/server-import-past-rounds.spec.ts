/**
 * Import of past rounds on the server (issue 14, points 3 and 6): the production build over
 * PostgreSQL. Oslo and years with no round (2016, 2017), so the other server journeys, which
 * share its database, see nothing of it.
 */
import { signInAs } from './demo-session';
import { test } from './fixtures';
import { checkThreeBadRows, importGoodFile } from './import-journey';

const oslo = { cityName: 'oslo', cityId: 'oslo', englishName: 'Oslo' };

test('a coordinator imports a good file on the server, and again without change', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/admin/import');
  await importGoodFile(page, { ...oslo, year: 2016 });
});

test('a file with three bad rows on the server: those three are listed, nothing is written', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/admin/import');
  await checkThreeBadRows(page, { ...oslo, year: 2017 });
});
