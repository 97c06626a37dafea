import type { Replacement } from '@/utils/pseudonym/conversation-mapping';
import { isTextField, rangeFor, readEditable } from './editable-text';

/** Sets a text field's value so that React/Svelte/Vue state follows (prototype setter + input event). */
export function setTextFieldValue(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const view = field.ownerDocument.defaultView!;
  const prototype = field instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new view.Event('input', { bubbles: true }));
}

/**
 * Replaces spans of the composer text in place (last first), through the editor's normal input
 * path so the site's state follows: `insertText` over a selection for rich editors, the native
 * setter for text fields. The caller must read the composer back to verify (fail closed).
 */
export function replaceSpans(composer: HTMLElement, replacements: readonly Replacement[]): void {
  if (isTextField(composer)) {
    let value = composer.value;
    for (const replacement of replacements) value = value.slice(0, replacement.start) + replacement.placeholder + value.slice(replacement.end);
    setTextFieldValue(composer, value);
    return;
  }
  const selection = composer.ownerDocument.getSelection();
  if (!selection) throw new Error('no selection API');
  composer.focus();
  for (const replacement of replacements) {
    selectSpan(composer, selection, replacement);
    composer.ownerDocument.execCommand('insertText', false, replacement.placeholder);
  }
}

function selectSpan(composer: HTMLElement, selection: Selection, replacement: Replacement): void {
  const range = rangeFor(composer, readEditable(composer), replacement.start, replacement.end);
  if (!range) throw new Error('span not found in the composer');
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * `replaceSpans` for editors that keep their own selection and update it from `selectionchange`
 * (Lexical): one span at a time, letting the editor see each new selection and apply each insert
 * before the next, otherwise every placeholder lands at the editor's stale caret.
 */
export async function replaceSpansStepwise(composer: HTMLElement, replacements: readonly Replacement[]): Promise<void> {
  if (isTextField(composer)) return replaceSpans(composer, replacements);
  const selection = composer.ownerDocument.getSelection();
  if (!selection) throw new Error('no selection API');
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  composer.focus();
  for (const replacement of replacements) {
    selectSpan(composer, selection, replacement);
    await nextTask();
    composer.ownerDocument.execCommand('insertText', false, replacement.placeholder);
    await nextTask();
  }
}

/** Compares texts as the editors normalise them: spaces and line breaks may change, characters may not. */
export function sameText(a: string, b: string): boolean {
  const squash = (value: string) => value.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
  return squash(a) === squash(b);
}

/** Reads the composer back after the editor applied a change (rich editors update on a later tick). */
export async function composerShows(composer: HTMLElement, expected: string, timeoutMs = 600): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  do {
    await new Promise((resolve) => setTimeout(resolve, 30));
    if (sameText(readEditable(composer).text, expected)) return true;
  } while (performance.now() < end);
  return false;
}
