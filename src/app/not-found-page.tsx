/**
 * "Not found", with a way back: for an address no route matches, and for a route whose city or
 * assessment the API answers 404 for. Each such route names what its address points to in its
 * `handle`, so the page can say what was not found.
 */
import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';
import { PageHeading } from '../components/page-heading';
import { paths } from '../lib/paths';

/** What a route's address names, and the route parameter that holds its id. */
const subjects = {
  city: { param: 'cityId', back: paths.cities },
  assessment: { param: 'assessmentId', back: paths.overview },
} as const;

type Subject = keyof typeof subjects;

/** A route's `handle`: what a 404 on the route means was not found. */
export interface NotFoundHandle {
  notFound: Subject;
}

export function notFoundHandle(subject: Subject): NotFoundHandle {
  return { notFound: subject };
}

function isNotFoundHandle(handle: unknown): handle is NotFoundHandle {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    'notFound' in handle &&
    typeof handle.notFound === 'string' &&
    handle.notFound in subjects
  );
}

/** The not-found page of the deepest route that names its subject, or of an unknown address. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const match = useMatches().findLast((candidate) => isNotFoundHandle(candidate.handle));
  const subject = match && isNotFoundHandle(match.handle) ? match.handle.notFound : null;
  const text = subject
    ? {
        title: t(`notFound.${subject}.title`),
        body: t(`notFound.${subject}.body`, { id: match?.params[subjects[subject].param] ?? '' }),
        back: t(`notFound.${subject}.back`),
        backTo: subjects[subject].back,
      }
    : {
        title: t('notFound.title'),
        body: t('notFound.body'),
        back: t('notFound.back'),
        backTo: paths.overview,
      };
  return (
    <>
      <PageHeading title={text.title} />
      <p>{text.body}</p>
      <p>
        <Link to={text.backTo}>{text.back}</Link>
      </p>
    </>
  );
}
