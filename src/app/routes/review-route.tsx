import { ReviewQueuePage } from '../../features/review/review-queue-page';

export function ReviewRoute() {
  return <ReviewQueuePage />;
}
