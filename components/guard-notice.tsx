import { useEffect, useRef } from 'react';

/** A short, non-modal message from the guard (fail-closed explanations, network net). Presentational. */
export function GuardNotice({ message, closeLabel, urgent, onClose }: { message: string; closeLabel: string; urgent: boolean; onClose(): void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (urgent) closeRef.current?.focus();
  }, [urgent]);
  return (
    <div data-vigie="notice" role={urgent ? 'alert' : 'status'} className="vigie-notice">
      <p>{message}</p>
      <button ref={closeRef} type="button" data-vigie-action="close" onClick={onClose} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
        {closeLabel}
      </button>
    </div>
  );
}

export const GUARD_NOTICE_CSS = `
.vigie-notice { position: fixed; right: 1rem; bottom: 1rem; max-width: 28rem; background: #fff; color: #161616; border: 1px solid #929292; border-left: 6px solid #c9191e; padding: 0.75rem 1rem; font: 15px/1.45 system-ui, 'Segoe UI', Roboto, Arial, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); z-index: 2147483647; }
.vigie-notice p { margin: 0 0 0.5rem; }
.vigie-notice button { font: inherit; background: #000091; color: #fff; border: 1px solid #000091; padding: 0.3rem 0.8rem; cursor: pointer; }
.vigie-notice button:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
@media (forced-colors: active) { .vigie-notice { border: 2px solid CanvasText; } }
`;
