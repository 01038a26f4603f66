/**
 * A menu button as the WAI-ARIA Authoring Practices describe it: the button opens a menu of
 * actions; arrow keys, Home and End move between them, a letter jumps to the next item that
 * starts with it, Enter or Space chooses, Escape closes and returns focus to the button, Tab
 * or a click elsewhere closes. Hand-written (about a hundred lines) rather than a library
 * because the app needs only this one widget and its bundle budget is tight.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuAction {
  id: string;
  label: string;
  onSelect: () => void;
}

interface MenuButtonProps {
  /** The button's visible content. */
  label: ReactNode;
  /** The button's accessible name when the visible label needs context, e.g. the chart's title. */
  accessibleName?: string;
  actions: readonly MenuAction[];
  className?: string;
}

export function MenuButton({ label, accessibleName, actions, className }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  const buttonId = useId();
  const menuId = useId();

  useEffect(() => {
    if (open) itemRefs.current[activeIndex]?.focus();
  }, [open, activeIndex]);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutsidePointer);
    };
  }, [open]);

  function openAt(index: number) {
    setActiveIndex(index);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function choose(action: MenuAction) {
    close();
    action.onSelect();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    // Enter and Space click the button, which opens the menu on its first item.
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(actions.length - 1);
    }
  }

  function onItemKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    const last = actions.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      setActiveIndex(index);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(activeIndex === last ? 0 : activeIndex + 1);
        return;
      case 'ArrowUp':
        move(activeIndex === 0 ? last : activeIndex - 1);
        return;
      case 'Home':
        move(0);
        return;
      case 'End':
        move(last);
        return;
      case 'Escape':
        event.preventDefault();
        close();
        return;
      case 'Tab':
        setOpen(false);
        return;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const action = actions[activeIndex];
        if (action) choose(action);
        return;
      }
      default: {
        if (event.key.length !== 1) return;
        const letter = event.key.toLocaleLowerCase();
        const order = actions.map((_, offset) => (activeIndex + 1 + offset) % actions.length);
        const match = order.find((index) =>
          actions[index]?.label.toLocaleLowerCase().startsWith(letter),
        );
        if (match !== undefined) move(match);
      }
    }
  }

  return (
    <div className={`menu-button ${className ?? ''}`}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button button--secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={accessibleName}
        onClick={() => {
          if (open) setOpen(false);
          else openAt(0);
        }}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="menu-button__menu"
        >
          {actions.map((action, index) => (
            <li
              key={action.id}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              role="menuitem"
              tabIndex={-1}
              className="menu-button__item"
              onClick={() => {
                choose(action);
              }}
              onKeyDown={onItemKeyDown}
            >
              {action.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
