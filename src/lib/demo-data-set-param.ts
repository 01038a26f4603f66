/**
 * `?dataset=sample|synthetic` on any address opens the demo on that data set. It is read once,
 * before the mock API starts, and removed from the address: the mock API remembers the choice,
 * and the pages' own URL state (filters, sorting, round) never has to carry it.
 */
import {
  DEMO_DATA_SET_PARAM,
  parseDemoDataSetId,
  type DemoDataSetId,
} from '../domain/demo-data-set';
import { takeSearchParam } from './search-param';

/** The data set an address asks for (null: none, or an unknown one) and the address without it. */
export function splitDemoDataSetParam(url: URL): { dataSet: DemoDataSetId | null; rest: URL } {
  const { value, rest } = takeSearchParam(url, DEMO_DATA_SET_PARAM);
  return { dataSet: parseDemoDataSetId(value), rest };
}

/** Takes the parameter off the page's address, without a new history entry. */
export function takeDemoDataSetParam(): DemoDataSetId | null {
  const current = new URL(window.location.href);
  if (!current.searchParams.has(DEMO_DATA_SET_PARAM)) return null;
  const { dataSet, rest } = splitDemoDataSetParam(current);
  window.history.replaceState(window.history.state, '', rest);
  return dataSet;
}
