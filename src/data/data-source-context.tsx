import { createContext, useContext, type ReactNode } from 'react';
import type { DataSource } from './data-source';

const DataSourceContext = createContext<DataSource | null>(null);

export function DataSourceProvider({
  dataSource,
  children,
}: {
  dataSource: DataSource;
  children: ReactNode;
}) {
  return <DataSourceContext value={dataSource}>{children}</DataSourceContext>;
}

export function useDataSource(): DataSource {
  const dataSource = useContext(DataSourceContext);
  if (!dataSource) throw new Error('useDataSource must be used inside DataSourceProvider');
  return dataSource;
}
