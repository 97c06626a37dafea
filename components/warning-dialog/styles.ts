/**
 * Styles of the warning dialog, as a string to put in a `<style>` inside the content script's OPEN
 * shadow root on third-party AI pages.
 *
 * - Nothing leaks out: every selector is prefixed `vigie-wd`, and inside a shadow root the rules
 *   only apply to the shadow tree.
 * - Nothing leaks in: page rules do not cross the shadow boundary, but inherited properties do, so
 *   `:host` resets them and the root class sets every inherited property the dialog relies on.
 * - Sizes are in `em` from `font-size: medium` (the user's default font size), not `rem`: many
 *   pages shrink their root font size, and text must stay resizable (WCAG 1.4.4).
 * - No external font, image or url(): system-ui fonts, text and borders only.
 *
 * Colours (official, sober look): blue #000091 (14.9:1 on white), red #c9191e (5.8:1) for blocks,
 * orange #b34000 (5.8:1) for warnings, text #161616 (18.1:1), secondary text #3a3a3a (11.4:1),
 * focus ring #0a76f6 (4.3:1 against white, above the 3:1 non-text minimum).
 */
export const WARNING_DIALOG_CSS = `
:host { all: initial; }

.vigie-wd {
  --vigie-wd-blue: #000091;
  --vigie-wd-blue-light: #e3e3fd;
  --vigie-wd-red: #c9191e;
  --vigie-wd-red-light: #fee9e9;
  --vigie-wd-orange: #b34000;
  --vigie-wd-orange-light: #fff4ef;
  --vigie-wd-text: #161616;
  --vigie-wd-muted: #3a3a3a;
  --vigie-wd-border: #666666;
  --vigie-wd-line: #dddddd;
  --vigie-wd-focus: #0a76f6;
  --vigie-wd-accent: var(--vigie-wd-orange);
  --vigie-wd-accent-light: var(--vigie-wd-orange-light);
  box-sizing: border-box;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif;
  font-size: medium;
  font-style: normal;
  font-weight: 400;
  line-height: 1.5;
  color: var(--vigie-wd-text);
  text-align: start;
  text-transform: none;
  text-indent: 0;
  text-shadow: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  visibility: visible;
  cursor: auto;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
.vigie-wd *, .vigie-wd *::before, .vigie-wd *::after { box-sizing: border-box; }
.vigie-wd[data-action='block'], .vigie-wd [data-action='block'] {
  --vigie-wd-accent: var(--vigie-wd-red);
  --vigie-wd-accent-light: var(--vigie-wd-red-light);
}

/* Modal variant: a fixed overlay over the whole page, the panel centred in it. */
.vigie-wd-overlay {
  position: fixed;
  inset: 0;
  z-index: 2147483647;
  display: flex;
  align-items: center;
  justify-content: center;
  padding: 1em;
  background: rgba(22, 22, 22, 0.64);
  overscroll-behavior: contain;
}
.vigie-wd-panel {
  display: flex;
  flex-direction: column;
  width: 100%;
  max-width: 36em;
  max-height: calc(100vh - 2em);
  max-height: calc(100dvh - 2em);
  margin: 0;
  background: #ffffff;
  color: var(--vigie-wd-text);
  border: 1px solid var(--vigie-wd-border);
  border-top: 0.375em solid var(--vigie-wd-accent);
  border-radius: 0.25em;
  box-shadow: 0 0.5em 2em rgba(0, 0, 0, 0.35);
  overflow: hidden;
}
.vigie-wd-header { flex: none; padding: 1.25em 1.5em 0.75em; }
.vigie-wd-brand { margin: 0 0 0.25em; font-size: 0.875em; font-weight: 700; color: var(--vigie-wd-blue); }
.vigie-wd-title { margin: 0 0 0.5em; font-size: 1.375em; line-height: 1.3; font-weight: 700; color: var(--vigie-wd-accent); }
.vigie-wd-title:focus { outline: none; }
.vigie-wd-summary { margin: 0; }
.vigie-wd-body {
  flex: 1 1 auto;
  min-height: 0;
  overflow: auto;
  overscroll-behavior: contain;
  padding: 0.25em 1.5em 1em;
}
.vigie-wd-footer {
  flex: none;
  display: flex;
  flex-wrap: wrap;
  gap: 0.5em;
  padding: 0.75em 1.5em 1.25em;
  border-top: 1px solid var(--vigie-wd-line);
  background: #ffffff;
}

/* Findings. */
.vigie-wd-subtitle { margin: 0.5em 0; font-size: 1em; font-weight: 700; }
.vigie-wd-findings { list-style: none; margin: 0; padding: 0; }
.vigie-wd-finding {
  margin: 0 0 0.5em;
  padding: 0.5em 0.75em;
  border: 1px solid var(--vigie-wd-line);
  border-left: 0.25em solid var(--vigie-wd-orange);
}
.vigie-wd-finding[data-action='block'] { border-left-color: var(--vigie-wd-red); }
.vigie-wd-finding-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em 0.75em; }
.vigie-wd-type { font-weight: 700; }
.vigie-wd-count, .vigie-wd-rule { color: var(--vigie-wd-muted); font-size: 0.875em; }
.vigie-wd-badge {
  margin-inline-start: auto;
  padding: 0 0.4em;
  font-size: 0.8125em;
  font-weight: 700;
  color: var(--vigie-wd-orange);
  background: var(--vigie-wd-orange-light);
  border: 1px solid currentColor;
  border-radius: 0.25em;
  white-space: nowrap;
}
.vigie-wd-finding[data-action='block'] .vigie-wd-badge { color: var(--vigie-wd-red); background: #ffffff; }
.vigie-wd-excerpt {
  display: inline-block;
  max-width: 100%;
  margin: 0.25em 0 0;
  padding: 0 0.3em;
  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace;
  font-size: 0.9375em;
  color: var(--vigie-wd-muted);
  background: #f6f6f6;
  border: 1px solid var(--vigie-wd-line);
  overflow-wrap: anywhere;
}
.vigie-wd-why, .vigie-wd-rule { display: block; margin: 0.25em 0 0; font-size: 0.9375em; }
.vigie-wd-why { color: var(--vigie-wd-muted); }
.vigie-wd-thanks { display: inline-block; margin: 0.25em 0 0; font-size: 0.9375em; font-weight: 700; color: var(--vigie-wd-blue); }

/* Organisation message, DPO contact and charter. */
.vigie-wd-org { margin: 0.75em 0 0; padding: 0.5em 0.75em; background: var(--vigie-wd-blue-light); border-left: 0.25em solid var(--vigie-wd-blue); }
.vigie-wd-org-label { display: block; font-weight: 700; font-size: 0.875em; color: var(--vigie-wd-blue); }
.vigie-wd-contact { margin: 0.75em 0 0; font-size: 0.9375em; }
.vigie-wd a { color: var(--vigie-wd-blue); text-decoration: underline; text-underline-offset: 0.15em; }
.vigie-wd a:hover { text-decoration-thickness: 2px; }

/* Send-anyway reasons. */
.vigie-wd-reasons { margin: 1em 0 0; padding: 0.5em 0.75em 0.75em; border: 1px solid var(--vigie-wd-border); min-width: 0; }
.vigie-wd-reasons legend { padding: 0 0.25em; font-weight: 700; }
.vigie-wd-hint { margin: 0 0 0.5em; font-size: 0.875em; color: var(--vigie-wd-muted); }
.vigie-wd-reason { display: flex; align-items: flex-start; gap: 0.5em; padding: 0.2em 0; cursor: pointer; }
.vigie-wd-reason input { flex: none; width: 1.125em; height: 1.125em; margin: 0.2em 0 0; accent-color: var(--vigie-wd-blue); }

/* Buttons. Minimum target 2.75em (44px at the default size). */
.vigie-wd-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 2.75em;
  margin: 0;
  padding: 0.5em 1em;
  font: inherit;
  font-weight: 600;
  line-height: 1.25;
  text-align: center;
  color: var(--vigie-wd-blue);
  background: #ffffff;
  border: 1px solid var(--vigie-wd-blue);
  border-radius: 0.25em;
  cursor: pointer;
  appearance: none;
}
.vigie-wd-button:hover { background: var(--vigie-wd-blue-light); }
.vigie-wd-button--primary { color: #ffffff; background: var(--vigie-wd-blue); }
.vigie-wd-button--primary:hover { background: #1212ff; border-color: #1212ff; }
.vigie-wd-button--quiet { color: var(--vigie-wd-text); border-color: var(--vigie-wd-border); }
.vigie-wd-button--small { min-height: 2.25em; margin-top: 0.375em; padding: 0.25em 0.75em; font-size: 0.875em; font-weight: 400; }
.vigie-wd-button:disabled, .vigie-wd-button:disabled:hover {
  color: #595959;
  background: #eeeeee;
  border-color: #929292;
  cursor: not-allowed;
}
.vigie-wd-footer .vigie-wd-spacer { flex: 1 1 auto; }

/* Visible focus everywhere (WCAG 2.4.7). */
.vigie-wd :focus-visible { outline: 3px solid var(--vigie-wd-focus); outline-offset: 2px; }
.vigie-wd-thanks:focus { outline: 3px solid var(--vigie-wd-focus); outline-offset: 2px; }

/* Observe mode: a discreet, non-modal notice in a corner; the page stays usable. */
.vigie-wd-notice {
  position: fixed;
  inset-inline-end: 1em;
  bottom: 1em;
  z-index: 2147483647;
  display: flex;
  align-items: flex-start;
  gap: 0.75em;
  max-width: min(26em, calc(100vw - 2em));
  padding: 0.75em 0.75em 0.75em 1em;
  background: #ffffff;
  color: var(--vigie-wd-text);
  border: 1px solid var(--vigie-wd-border);
  border-left: 0.375em solid var(--vigie-wd-blue);
  border-radius: 0.25em;
  box-shadow: 0 0.25em 1em rgba(0, 0, 0, 0.25);
}
.vigie-wd-notice p { margin: 0; font-size: 0.9375em; }
.vigie-wd-notice .vigie-wd-button { flex: none; min-height: 2.25em; padding: 0.25em 0.75em; font-size: 0.875em; }

.vigie-wd-vh {
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: -1px !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
}

/* Small or zoomed viewports (WCAG 1.4.10): the whole panel scrolls instead of its body only. */
@media (max-height: 30em) {
  .vigie-wd-overlay { align-items: flex-start; overflow: auto; }
  .vigie-wd-panel { max-height: none; overflow: visible; }
  .vigie-wd-body { overflow: visible; }
}
@media (max-width: 30em) {
  .vigie-wd-overlay { padding: 0.5em; }
  .vigie-wd-header, .vigie-wd-body, .vigie-wd-footer { padding-left: 1em; padding-right: 1em; }
  .vigie-wd-footer .vigie-wd-button { flex: 1 1 100%; }
  .vigie-wd-footer .vigie-wd-spacer { display: none; }
}

/* High contrast / forced colours: system colours, real borders, nothing conveyed by colour alone. */
@media (forced-colors: active) {
  .vigie-wd-overlay { background: transparent; }
  .vigie-wd-panel, .vigie-wd-notice { border: 2px solid CanvasText; box-shadow: none; }
  .vigie-wd-title, .vigie-wd-brand, .vigie-wd-thanks, .vigie-wd-org-label { color: CanvasText; }
  .vigie-wd-finding, .vigie-wd-org { border: 1px solid CanvasText; }
  .vigie-wd-badge, .vigie-wd-excerpt { border: 1px solid CanvasText; color: CanvasText; }
  .vigie-wd-footer { border-top: 1px solid CanvasText; }
  .vigie-wd-button { border: 2px solid ButtonText; color: ButtonText; background: ButtonFace; }
  .vigie-wd-button:disabled, .vigie-wd-button:disabled:hover { border-color: GrayText; color: GrayText; }
  .vigie-wd a { color: LinkText; }
  .vigie-wd :focus-visible, .vigie-wd-thanks:focus { outline: 3px solid Highlight; }
}

/* No animation is used; make sure none sneaks in through user-agent or future rules. */
@media (prefers-reduced-motion: reduce) {
  .vigie-wd, .vigie-wd * { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
`;
