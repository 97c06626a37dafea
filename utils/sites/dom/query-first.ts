/** The first element matching one of `selectors`, in order, that is visible; with the index of the selector that matched. */
export function queryFirst<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): { element: T; index: number } | null {
  for (let index = 0; index < selectors.length; index++) {
    for (const element of root.querySelectorAll<T & Element>(selectors[index])) {
      if (isVisible(element)) return { element, index };
    }
  }
  return null;
}

/** Hidden decoys (ChatGPT's display:none textarea) are not composers. */
export function isVisible(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.hidden) return false;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  return !html.closest?.('[hidden], [aria-hidden="true"]');
}
