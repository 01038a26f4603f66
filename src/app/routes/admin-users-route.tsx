import { AdminUsersPage } from '../../features/admin-users/admin-users-page';

export function AdminUsersRoute() {
  return <AdminUsersPage />;
}
