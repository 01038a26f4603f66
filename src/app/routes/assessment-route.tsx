import { useParams } from 'react-router';
import { AssessmentPage } from '../../features/assessments/assessment-page';

export function AssessmentRoute() {
  const { assessmentId = '' } = useParams();
  return <AssessmentPage assessmentId={assessmentId} />;
}
