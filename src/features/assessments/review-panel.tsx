/** The coordinator's decision on a submitted assessment: approve it, or return it with a comment. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REVIEW_COMMENT_MAX_LENGTH,
  returnAssessmentRequestSchema,
  type Assessment,
} from '../../domain/assessment';
import { isApiError } from '../../data/api-error';
import { useApproveAssessment, useReturnAssessment } from '../../data/assessment-mutations';
import { formatCount } from '../../lib/format';

export function ReviewPanel({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const approve = useApproveAssessment();
  const giveBack = useReturnAssessment();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmingApproval, setConfirmingApproval] = useState(false);
  const approveButton = useRef<HTMLButtonElement>(null);
  const commentField = useRef<HTMLTextAreaElement>(null);
  const approveQuestion = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirmingApproval) approveQuestion.current?.focus();
  }, [confirmingApproval]);
  const pending = approve.isPending || giveBack.isPending;

  const onError = (error: unknown) => {
    setFailure(
      isApiError(error) && error.status === 409
        ? t('review.decision.changedMeanwhile')
        : t('review.decision.failed'),
    );
  };

  return (
    <section className="review-panel" aria-labelledby="review-panel-title">
      <h2 id="review-panel-title">{t('review.decision.title')}</h2>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      {confirmingApproval ? (
        // Approving publishes the assessment and ends the city's editing: asked once more.
        <div className="review-panel__confirm" role="group" aria-labelledby="approve-question">
          <p id="approve-question" tabIndex={-1} ref={approveQuestion}>
            {t('review.decision.approveQuestion')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() => {
                setFailure(null);
                approve.mutate(
                  { id: assessment.id, version: assessment.version },
                  {
                    onError: (error) => {
                      setConfirmingApproval(false);
                      onError(error);
                    },
                  },
                );
              }}
            >
              {t('review.decision.approveConfirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={pending}
              onClick={() => {
                setConfirmingApproval(false);
                setTimeout(() => approveButton.current?.focus(), 0);
              }}
            >
              {t('review.decision.approveCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={approveButton}
          type="button"
          className="button"
          disabled={pending}
          onClick={() => {
            setFailure(null);
            setConfirmingApproval(true);
          }}
        >
          {t('review.decision.approve')}
        </button>
      )}
      <form
        className="review-panel__return"
        onSubmit={(event) => {
          event.preventDefault();
          setFailure(null);
          const parsed = returnAssessmentRequestSchema.safeParse({ comment });
          if (!parsed.success) {
            setCommentError(
              comment.trim() === ''
                ? t('review.decision.commentRequired')
                : t('editor.errors.tooLong', { max: formatCount(REVIEW_COMMENT_MAX_LENGTH) }),
            );
            // To the field and its message, not left on the button.
            commentField.current?.focus();
            return;
          }
          setCommentError(null);
          giveBack.mutate(
            { id: assessment.id, version: assessment.version, comment: parsed.data.comment },
            { onError },
          );
        }}
      >
        <div className="form-field">
          <label htmlFor="review-comment">{t('review.decision.commentLabel')}</label>
          <p id="review-comment-hint" className="hint">
            {t('review.decision.commentHint')}
          </p>
          <textarea
            ref={commentField}
            id="review-comment"
            rows={4}
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
            }}
            aria-describedby={
              commentError ? 'review-comment-hint review-comment-error' : 'review-comment-hint'
            }
            aria-invalid={commentError ? true : undefined}
          />
          {commentError && (
            <p id="review-comment-error" className="field-error">
              {commentError}
            </p>
          )}
        </div>
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t('review.decision.return')}
        </button>
      </form>
    </section>
  );
}
