import type { Round } from '../../domain/round';
import type { CompareState } from '../../lib/address-state/compare';
import type { ComparedCity } from './comparison';

/** What every view of the comparison is drawn from. */
export interface CompareViewProps {
  /** The compared cities, in the order chosen (a group: by name), with their scores. */
  members: readonly ComparedCity[];
  round: Round;
  /** Every round, oldest first. */
  rounds: readonly Round[];
  state: CompareState;
  update: (patch: Partial<CompareState>) => void;
  /** What is compared, for subtitles: the cities' names, or the group with its size. */
  selectionLabel: string;
  /** What is compared, for exported files' names: the cities' names, or the group. */
  selectionName: readonly string[] | string;
}
