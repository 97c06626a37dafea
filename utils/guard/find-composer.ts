import { GENERIC_ADAPTER } from '@/utils/sites/registry';
import { isVisible, queryFirst } from '@/utils/sites/dom/query-first';
import type { SiteAdapter } from '@/utils/sites/types';

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], textarea, input[type="text"], input:not([type])';

/** The outermost editable element containing `node` (the editor root, not an inner paragraph). */
export function editableRoot(node: Element | null): HTMLElement | null {
  let editable = node?.closest<HTMLElement>(EDITABLE) ?? null;
  while (editable?.parentElement) {
    const outer = editable.parentElement.closest<HTMLElement>('[contenteditable="true"], [contenteditable=""]');
    if (!outer) break;
    editable = outer;
  }
  return editable;
}

/** Which layer recognised the composer: the site's adapter, or the generic fallback. */
export type ComposerMatch = { element: HTMLElement; via: 'adapter' | 'generic' };

export function matchesAny(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });
}

/** The composer an event comes from, if any. On catalogue sites any editable counts (generic adapter). */
export function composerOfTarget(target: Element | null, adapter: SiteAdapter): ComposerMatch | null {
  const root = editableRoot(target);
  if (!root) return null;
  const known = matchesAny(root, adapter.composers) || matchesAny(root, adapter.editComposers);
  return { element: root, via: known ? 'adapter' : 'generic' };
}

/** Whether an element is one of the site's send controls (or looks like one). */
export function isSendControl(element: Element, adapter: SiteAdapter): boolean {
  return matchesAny(element, adapter.sendButtons) || matchesAny(element, GENERIC_ADAPTER.sendButtons);
}

/**
 * The composer a send control belongs to: the nearest ancestor that also holds a visible editable
 * (works for the main composer and for "edit message" editors in the thread), else the adapter's
 * main composer.
 */
export function composerOfSendControl(control: Element, adapter: SiteAdapter): ComposerMatch | null {
  for (let ancestor = control.parentElement; ancestor && ancestor !== control.ownerDocument.body; ancestor = ancestor.parentElement) {
    const candidates = [...ancestor.querySelectorAll<HTMLElement>(EDITABLE)].filter((element) => isVisible(element) && editableRoot(element) === element);
    if (candidates.length > 0) {
      const element = candidates[candidates.length - 1];
      return { element, via: matchesAny(element, [...adapter.composers, ...adapter.editComposers]) ? 'adapter' : 'generic' };
    }
  }
  const main = queryFirst(control.ownerDocument, adapter.composers);
  return main ? { element: main.element, via: 'adapter' } : null;
}

/** The send control that goes with a composer: the closest one around it. */
export function sendControlOf(composer: HTMLElement, adapter: SiteAdapter): HTMLElement | null {
  const selectors = [...adapter.sendButtons, ...GENERIC_ADAPTER.sendButtons];
  for (let ancestor = composer.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const found = queryFirst(ancestor, selectors);
    if (found) return found.element;
  }
  return null;
}
