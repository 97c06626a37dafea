import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { i18n } from '#i18n';
import { maskValue } from '@/utils/detection/mask';
import type { MappingEntry } from '@/utils/pseudonym/conversation-mapping';
import type { AnswerDisplay } from '@/utils/pseudonym/answer-restorer';

export interface PseudonymPanelProps {
  entries: readonly MappingEntry[];
  /** How answers on the page show pseudonymised values. */
  display: AnswerDisplay;
  ttlMinutes: number;
  onDisplayChange(display: AnswerDisplay): void;
  /** Adds a value to hide; returns its placeholder (null when refused). */
  onAdd(value: string): string | null;
  onForget(): void;
  /** Render the component's own `<style>` (inside the page's shadow root). */
  includeStyles?: boolean;
}

/**
 * "Pseudonymes (n)": a button at the bottom of AI pages opening a non-modal panel that lists the
 * tab's mapping (values masked unless the agent asks to see them), switches answers between real
 * values and placeholders, and lets the agent add a value to hide at the next send.
 */
export function PseudonymPanel({ entries, display, ttlMinutes, onDisplayChange, onAdd, onForget, includeStyles = true }: PseudonymPanelProps) {
  const [open, setOpen] = useState(false);
  const [reveal, setReveal] = useState(false);
  const [value, setValue] = useState('');
  const [status, setStatus] = useState('');
  const panelId = useId();
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();
  const launcherRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    launcherRef.current?.focus();
  };
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const placeholder = onAdd(value);
    if (placeholder) {
      setStatus(i18n.t('pseudonyms.added', [placeholder]));
      setValue('');
    }
  };

  return (
    <div className="vigie-pp" data-vigie="pseudonyms">
      {includeStyles && <style>{PSEUDONYM_PANEL_CSS}</style>}
      {open && (
        <div ref={panelRef} id={panelId} className="vigie-pp__panel" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown} data-vigie="pseudonym-panel">
          <h2 id={titleId}>{i18n.t('pseudonyms.title')}</h2>
          <p className="vigie-pp__muted">{i18n.t('pseudonyms.intro', [String(ttlMinutes)])}</p>
          <label className="vigie-pp__check">
            <input type="checkbox" checked={display === 'real'} onChange={(event) => onDisplayChange(event.target.checked ? 'real' : 'placeholders')} data-vigie-action="answers-real" />
            {i18n.t('pseudonyms.showReal')}
          </label>
          {entries.length === 0 ? (
            <p>{i18n.t('pseudonyms.empty')}</p>
          ) : (
            <>
              <label className="vigie-pp__check">
                <input type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} data-vigie-action="reveal-values" />
                {i18n.t('pseudonyms.showValues')}
              </label>
              <table>
                <caption className="vigie-pp__sr">{i18n.t('pseudonyms.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('pseudonyms.colPlaceholder')}</th>
                    <th scope="col">{i18n.t('pseudonyms.colValue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.placeholder} data-vigie-placeholder={entry.placeholder}>
                      <td>
                        <code>{entry.placeholder}</code>
                      </td>
                      <td>
                        {reveal ? entry.value : maskValue(entry.value)}
                        {entry.manual && <span className="vigie-pp__muted"> ({i18n.t('pseudonyms.manual')})</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <form onSubmit={submit}>
            <label htmlFor={inputId}>{i18n.t('pseudonyms.addLabel')}</label>
            <div className="vigie-pp__row">
              <input id={inputId} type="text" value={value} onChange={(event) => setValue(event.target.value)} aria-describedby={hintId} autoComplete="off" spellCheck={false} data-vigie-field="hide-value" />
              <button type="submit" disabled={value.trim().length < 2} data-vigie-action="hide-value">
                {i18n.t('pseudonyms.addButton')}
              </button>
            </div>
            <p id={hintId} className="vigie-pp__muted">{i18n.t('pseudonyms.addHint')}</p>
          </form>
          <p role="status" className="vigie-pp__status">{status}</p>
          <div className="vigie-pp__row">
            <button type="button" className="vigie-pp__secondary" onClick={() => { onForget(); setStatus(i18n.t('pseudonyms.forgotten')); }} data-vigie-action="forget">
              {i18n.t('pseudonyms.forget')}
            </button>
            <button type="button" onClick={close} data-vigie-action="close-pseudonyms">
              {i18n.t('pseudonyms.close')}
            </button>
          </div>
        </div>
      )}
      <button ref={launcherRef} type="button" className="vigie-pp__launcher" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => (open ? close() : setOpen(true))} data-vigie-action="pseudonyms">
        {i18n.t('pseudonyms.launcher', [String(entries.length)])}
      </button>
    </div>
  );
}

export const PSEUDONYM_PANEL_CSS = `
:host { all: initial; }
.vigie-pp { position: fixed; left: 1em; bottom: 1em; z-index: 2147483646; font: medium/1.5 system-ui, 'Segoe UI', Roboto, Arial, sans-serif; color: #161616; }
.vigie-pp button { font: inherit; font-size: 0.9em; background: #000091; color: #fff; border: 1px solid #000091; padding: 0.25em 0.8em; cursor: pointer; }
.vigie-pp button:disabled { background: #e5e5e5; color: #666; border-color: #929292; cursor: not-allowed; }
.vigie-pp button.vigie-pp__secondary { background: #fff; color: #000091; }
.vigie-pp button:focus-visible, .vigie-pp input:focus-visible, .vigie-pp__panel:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
.vigie-pp__launcher { box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.vigie-pp__panel { position: absolute; left: 0; bottom: 2.6em; width: min(26em, calc(100vw - 2em)); max-height: 70vh; overflow: auto; background: #fff; border: 1px solid #666; border-top: 4px solid #000091; padding: 0.75em 1em; box-shadow: 0 4px 16px rgba(0,0,0,.25); font-size: 0.95em; }
.vigie-pp h2 { font-size: 1.1em; margin: 0 0 0.4em; }
.vigie-pp p { margin: 0.3em 0; }
.vigie-pp__muted { color: #3a3a3a; font-size: 0.9em; }
.vigie-pp__check { display: flex; gap: 0.4em; align-items: center; margin: 0.3em 0; }
.vigie-pp table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
.vigie-pp th, .vigie-pp td { text-align: left; border-bottom: 1px solid #ddd; padding: 0.2em 0.3em; vertical-align: top; }
.vigie-pp code { font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace; }
.vigie-pp form { margin-top: 0.6em; }
.vigie-pp__row { display: flex; gap: 0.5em; align-items: center; margin-top: 0.3em; }
.vigie-pp input[type="text"] { font: inherit; flex: 1; border: 1px solid #666; padding: 0.25em; }
.vigie-pp__sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (forced-colors: active) { .vigie-pp__panel { border: 2px solid CanvasText; } .vigie-pp button { border: 1px solid ButtonText; } }
`;
