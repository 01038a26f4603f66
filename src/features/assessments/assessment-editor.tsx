/** The member's editor: grouped by the charter's roles, saved as they type, submitted for review. */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { FieldErrors } from '../../domain/api-error';
import type { Assessment } from '../../domain/assessment';
import {
  emptyCommitmentAnswer,
  emptyTrendAnswer,
  withFieldValue,
  type AssessmentFieldKey,
  type FieldValue,
} from '../../domain/assessment-fields';
import { commitmentsOfRole, keyTrends, roleIds } from '../../domain/charter';
import type { User } from '../../domain/user';
import { isApiError } from '../../data/api-error';
import {
  useRefreshAssessment,
  useSaveAssessment,
  useSubmitAssessment,
} from '../../data/assessment-mutations';
import { createDraftJournal } from '../../data/draft-journal';
import { clearSessionToken } from '../../data/session-token-store';
import { paths } from '../../lib/paths';
import { registerUnsavedWork } from '../../lib/unsaved-work';
import { createAutosave } from './autosave';
import { AutosaveStatusText } from './autosave-status';
import { CommitmentField } from './commitment-field';
import { ConflictView } from './conflict-view';
import { DraftNotices } from './draft-notices';
import { serverFieldErrors, validateDraft, validateSubmission } from './content-validation';
import { EditorProgress } from './editor-progress';
import { ErrorSummary } from './error-summary';
import { LeaveGuard } from './leave-guard';
import { TargetGroupsField } from './target-groups-field';
import { TrendField } from './trend-field';

function mergeErrors(...sources: FieldErrors[]): FieldErrors {
  const merged: FieldErrors = {};
  for (const source of sources) {
    for (const [key, messages] of Object.entries(source)) {
      merged[key] = [...new Set([...(merged[key] ?? []), ...messages])];
    }
  }
  return merged;
}

export function AssessmentEditor({ assessment, user }: { assessment: Assessment; user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveAssessment();
  const submit = useSubmitAssessment();
  const refresh = useRefreshAssessment(assessment.id);
  const [journal] = useState(() => createDraftJournal(user.id, assessment.id));
  const [controller] = useState(() =>
    createAutosave({
      initial: assessment,
      journal,
      save: (content, basedOnVersion) => save(assessment.id, content, basedOnVersion),
      validate: validateDraft,
    }),
  );
  useEffect(() => {
    controller.start();
    return () => {
      controller.stop();
    };
  }, [controller]);
  useEffect(
    () =>
      registerUnsavedWork({
        saveNow: async () => {
          const flushed = await controller.flush();
          return !flushed.unsaved && Object.keys(flushed.unsentInputs).length === 0;
        },
        discard: () => {
          controller.dispose();
          journal.clear();
        },
      }),
    [controller, journal],
  );
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const { content, status } = snapshot;

  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const statusErrors = useMemo(() => {
    if (status.kind !== 'invalid') return {};
    return status.source === 'server' ? serverFieldErrors(status.fieldErrors) : status.fieldErrors;
  }, [status]);
  const submissionErrors = useMemo(
    () => (submitAttempted ? validateSubmission(content, snapshot.unsentInputs) : {}),
    [submitAttempted, content, snapshot.unsentInputs],
  );
  const errors = useMemo(
    () => mergeErrors(statusErrors, submissionErrors),
    [statusErrors, submissionErrors],
  );

  const onChange = useCallback(
    (field: AssessmentFieldKey, value: FieldValue) => {
      controller.edit((current) => withFieldValue(current, field, value));
    },
    [controller],
  );

  async function handleSubmit() {
    setSubmitAttempted(true);
    setSubmitProblem(null);
    if (Object.keys(validateSubmission(content, snapshot.unsentInputs)).length > 0) {
      // Let the summary render first, then move focus to it.
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    // Nothing can be typed from here until the answer: a submitted assessment is read-only, so
    // text typed meanwhile could never be saved.
    setSubmitting(true);
    const flushed = await controller.flush();
    if (flushed.unsaved) {
      setSubmitting(false);
      setSubmitProblem(t('editor.submit.notSaved'));
      return;
    }
    submit.mutate(
      { id: assessment.id, version: flushed.server.version },
      {
        onSuccess: (submitted) => {
          controller.replaceServerCopy(submitted);
        },
        onSettled: () => {
          setSubmitting(false);
        },
        onError: (error) => {
          setSubmitProblem(
            isApiError(error) && error.status === 400
              ? t('editor.submit.refused')
              : t('editor.submit.failed'),
          );
        },
      },
    );
  }

  return (
    <div className="assessment-editor">
      <LeaveGuard hasUnsavedChanges={snapshot.unsaved} />
      <div className="editor-toolbar">
        <AutosaveStatusText
          snapshot={snapshot}
          onRetryNow={() => {
            void controller.flush();
          }}
          onShowCurrent={() => {
            void refresh();
          }}
          // The edits stay in this device's journal; after sign-in the editor restores them.
          onSignInAgain={() => {
            clearSessionToken();
            void navigate(paths.signInFrom(location));
          }}
        />
      </div>
      <DraftNotices snapshot={snapshot} userId={user.id} />
      <ErrorSummary ref={summary} errors={errors} />
      {status.kind === 'conflict' && (
        <ConflictView
          key={status.theirs.version}
          mine={content}
          theirs={status.theirs}
          conflicts={status.conflicts}
          currentUserId={user.id}
          onResolve={controller.resolveConflict}
        />
      )}
      <div className="editor-layout">
        <EditorProgress content={content} />
        <form
          className="editor-form"
          // The app's own messages, next to each field and in the summary, not the browser's.
          noValidate
          aria-label={t('editor.formLabel')}
          onSubmit={(event) => {
            event.preventDefault();
            void handleSubmit();
          }}
        >
          <div className="editor-form__answers" inert={submitting}>
            {roleIds.map((role) => (
              <section key={role} className="editor-role" aria-labelledby={`editor-role-${role}`}>
                <h2 id={`editor-role-${role}`}>{t(`roles.${role}.name`)}</h2>
                {commitmentsOfRole(role).map(({ id }) => (
                  <CommitmentField
                    key={id}
                    commitmentId={id}
                    answer={content.ratings[id] ?? emptyCommitmentAnswer}
                    unsentLink={snapshot.unsentInputs[`ratings.${id}.links`] ?? ''}
                    errors={errors}
                    onChange={onChange}
                    onUnsentChange={controller.setUnsentInput}
                  />
                ))}
              </section>
            ))}
            <section className="editor-role" aria-labelledby="editor-trends">
              <h2 id="editor-trends">{t('editor.trendsTitle')}</h2>
              <p>{t('editor.trendsIntro')}</p>
              {keyTrends.map((trend) => (
                <TrendField
                  key={trend.id}
                  trend={trend}
                  answer={content.trends[trend.id] ?? emptyTrendAnswer}
                  errors={errors}
                  onChange={onChange}
                />
              ))}
            </section>
            <section className="editor-role" aria-labelledby="editor-groups">
              <h2 id="editor-groups">{t('editor.targetGroupsTitle')}</h2>
              <TargetGroupsField
                selected={content.targetGroups}
                errors={errors.targetGroups}
                onChange={onChange}
              />
            </section>
          </div>
          <section className="editor-submit" aria-labelledby="editor-submit-title">
            <h2 id="editor-submit-title">{t('editor.submit.title')}</h2>
            <p>{t('editor.submit.intro')}</p>
            {submitProblem && (
              <p className="field-error" role="alert">
                {submitProblem}
              </p>
            )}
            <button
              type="submit"
              className="button"
              disabled={submitting || status.kind === 'conflict'}
            >
              {submitting ? t('editor.submit.pending') : t('editor.submit.button')}
            </button>
          </section>
        </form>
      </div>
    </div>
  );
}
