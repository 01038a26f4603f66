import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StayOrLeaveDialog } from './stay-or-leave-dialog';

/** A page with a button that opens the dialog; leaving can also remove that button. */
function Page({
  onLeave,
  leaveRemovesOpener = false,
}: {
  onLeave: () => void;
  leaveRemovesOpener?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [openerShown, setOpenerShown] = useState(true);
  const status = useRef<HTMLParagraphElement>(null);
  return (
    <>
      <p ref={status} tabIndex={-1}>
        Status
      </p>
      {openerShown && (
        <button
          type="button"
          onClick={() => {
            setOpen(true);
          }}
        >
          Archive Ghent
        </button>
      )}
      {open && (
        <StayOrLeaveDialog
          id="test"
          className="leave-dialog"
          title="Archive Ghent?"
          text="Its results stay readable."
          stayLabel="Keep it"
          leaveLabel="Archive"
          fallbackFocus={status}
          onStay={() => {
            setOpen(false);
          }}
          onLeave={() => {
            setOpen(false);
            if (leaveRemovesOpener) setOpenerShown(false);
            onLeave();
          }}
        />
      )}
    </>
  );
}

describe('the stay-or-leave dialog', () => {
  it('is a modal dialog opened with the safe choice focused; Escape stays and focus goes back', async () => {
    const user = userEvent.setup();
    const onLeave = vi.fn();
    render(<Page onLeave={onLeave} />);
    const opener = screen.getByRole('button', { name: 'Archive Ghent' });
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Archive Ghent?' });
    expect(dialog).toHaveProperty('open', true);
    expect(dialog).not.toHaveAttribute('aria-modal', 'false');
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onLeave).not.toHaveBeenCalled();
    expect(opener).toHaveFocus();
  });

  it('returns focus to the opener after the choice to go ahead, or to the fallback once it is gone', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Page onLeave={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Archive Ghent' }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(screen.getByRole('button', { name: 'Archive Ghent' })).toHaveFocus();
    unmount();

    render(<Page onLeave={() => undefined} leaveRemovesOpener />);
    await user.click(screen.getByRole('button', { name: 'Archive Ghent' }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(screen.queryByRole('button', { name: 'Archive Ghent' })).not.toBeInTheDocument();
    expect(screen.getByText('Status')).toHaveFocus();
  });
});
