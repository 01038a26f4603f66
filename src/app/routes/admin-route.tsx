/** Administration (/admin and its pages): coordinators only, checked by the layout. */
import { AdminIndexPage } from '../../features/admin/admin-index-page';
import { AdminLayout } from '../../features/admin/admin-layout';
import { AuditLogPage } from '../../features/admin/audit-log-page';
import { CitiesAdminPage } from '../../features/admin/cities-admin-page';
import { RoundsAdminPage } from '../../features/admin/rounds-admin-page';

export const AdminRoute = AdminLayout;
export const AdminIndexRoute = AdminIndexPage;
export const AdminRoundsRoute = RoundsAdminPage;
export const AdminCitiesRoute = CitiesAdminPage;
export const AdminAuditRoute = AuditLogPage;
