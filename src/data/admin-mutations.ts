/**
 * Coordinators' changes to rounds and cities. Each answers with the changed thing; the lists
 * and progress that show it are refetched, and so is the audit log, which recorded it.
 */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { CityFields, UpdateCityRequest } from '../domain/city';
import type { CreateRoundRequest, RoundTransition, UpdateRoundRequest } from '../domain/round';
import type { DataSource } from './data-source';
import { useDataSource } from './data-source-context';
import { queryKeys } from './query-keys';

/** A change through the data source; on success, `affected` keys and the audit log refetch. */
function useAdminChange<Variables, Result>(
  change: (dataSource: DataSource, variables: Variables) => Promise<Result>,
  affected: (variables: Variables) => QueryKey[],
) {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => change(dataSource, variables),
    onSuccess: async (_result, variables) => {
      await Promise.all(
        [...affected(variables), queryKeys.audit()].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}

/** Rounds and their progress; a status change also changes what members may start. */
const roundKeys = () => [queryKeys.rounds(), queryKeys.assessments()];
/** Cities, their pages, and every round's progress (an archived city is not expected). */
const cityKeys = () => [queryKeys.cities(), queryKeys.rounds(), queryKeys.aggregates()];

export const useCreateRound = () =>
  useAdminChange(
    (dataSource, request: CreateRoundRequest) => dataSource.createRound(request),
    roundKeys,
  );

export const useUpdateRound = () =>
  useAdminChange(
    (dataSource, { roundId, request }: { roundId: string; request: UpdateRoundRequest }) =>
      dataSource.updateRound(roundId, request),
    roundKeys,
  );

export const useChangeRoundStatus = () =>
  useAdminChange(
    (dataSource, { roundId, transition }: { roundId: string; transition: RoundTransition }) =>
      dataSource.changeRoundStatus(roundId, transition),
    roundKeys,
  );

export const useCreateCity = () =>
  useAdminChange((dataSource, fields: CityFields) => dataSource.createCity(fields), cityKeys);

export const useUpdateCity = () =>
  useAdminChange(
    (dataSource, { cityId, request }: { cityId: string; request: UpdateCityRequest }) =>
      dataSource.updateCity(cityId, request),
    cityKeys,
  );

export const useSetCityArchived = () =>
  useAdminChange(
    (dataSource, { cityId, archived }: { cityId: string; archived: boolean }) =>
      dataSource.setCityArchived(cityId, archived),
    cityKeys,
  );
