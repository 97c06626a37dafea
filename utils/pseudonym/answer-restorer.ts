import { PLACEHOLDER_PATTERN } from './labels';

/** Marks a value Vigie put back on the page; holds the placeholder the site actually received. */
export const RESTORED_ATTR = 'data-vigie-restored';

export type AnswerDisplay = 'real' | 'placeholders';

/**
 * Marks Vigie inserted. The page can add its own `mark[data-vigie-restored]` anywhere: those must
 * never be filled with a real value nor count as shown, so only marks from this set are ours.
 */
const ownMarks = new WeakSet<Element>();

export interface AnswerRestorerOptions {
  /** The site adapter's answer containers. */
  readonly selectors: readonly string[];
  /** The real value of one of our placeholders, or undefined. */
  readonly lookup: (placeholder: string) => string | undefined;
  /** Tooltip of a restored value (the placeholder the site received is passed in). */
  readonly title: (placeholder: string) => string;
  /** False while the mapping is empty: page mutations are then skipped at once (no cost on pages never pseudonymised). */
  readonly hasValues?: () => boolean;
}

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT']);

/**
 * Shows the real values in place of placeholders in the AI tool's answers, on the page only.
 * It never touches the site's state (requests, storage, framework state): only rendered text
 * nodes are split around a `<mark data-vigie-restored>` holding the value. Streaming is followed
 * with a MutationObserver: a placeholder cut between two chunks is joined when its end arrives,
 * and a text node the site rewrites is cleaned of what Vigie inserted after it, then read again.
 */
export class AnswerRestorer {
  private display: AnswerDisplay = 'real';
  private observer: MutationObserver | null = null;
  private readonly selector: string;
  /** Site text node → the nodes Vigie inserted right after it (mark, split-off rest). */
  private readonly inserted = new WeakMap<Text, Node[]>();

  constructor(
    private readonly doc: Document,
    private readonly options: AnswerRestorerOptions,
  ) {
    this.selector = options.selectors.join(', ');
  }

  start(): void {
    if (!this.selector || this.observer) return;
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    const Observer = view?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((mutations) => this.onMutations(mutations));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.refresh();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  setDisplay(display: AnswerDisplay): void {
    this.display = display;
    for (const mark of this.marks()) this.paint(mark);
    this.forgetOwnMutations();
  }

  getDisplay(): AnswerDisplay {
    return this.display;
  }

  /** Placeholders currently shown restored on the page. */
  shownPlaceholders(): Set<string> {
    return new Set(this.marks().map((mark) => mark.getAttribute(RESTORED_ATTR)!));
  }

  /** Reads every answer again (mapping changed): new placeholders restored, forgotten ones put back. */
  refresh(): void {
    for (const mark of this.marks()) {
      const placeholder = mark.getAttribute(RESTORED_ATTR)!;
      if (this.options.lookup(placeholder) === undefined) mark.replaceWith(this.doc.createTextNode(placeholder));
      else this.paint(mark);
    }
    if (!this.selector) return this.forgetOwnMutations();
    for (const container of this.safeQueryAll(this.doc, this.selector)) this.processSubtree(container);
    this.forgetOwnMutations();
  }

  /** Whether `node` lies in an answer container. */
  inAnswer(node: Node | null): boolean {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return !!element && this.safeClosest(element, this.selector) !== null;
  }

  // --- internals ---

  private marks(): HTMLElement[] {
    return [...this.doc.querySelectorAll<HTMLElement>(`mark[${RESTORED_ATTR}]`)].filter((mark) => ownMarks.has(mark));
  }

  private paint(mark: HTMLElement): void {
    const placeholder = mark.getAttribute(RESTORED_ATTR)!;
    const wanted = this.display === 'real' ? (this.options.lookup(placeholder) ?? placeholder) : placeholder;
    if (mark.textContent !== wanted) mark.textContent = wanted;
    mark.dataset.vigieDisplay = this.display;
  }

  private safeQueryAll(root: ParentNode, selector: string): Element[] {
    try {
      return [...root.querySelectorAll(selector)];
    } catch {
      return [];
    }
  }

  private safeClosest(element: Element, selector: string): Element | null {
    try {
      return element.closest(selector);
    } catch {
      return null;
    }
  }

  private isOurs(node: Node): boolean {
    const element = node instanceof Element ? node : node.parentElement;
    return !!element?.closest(`mark[${RESTORED_ATTR}]`);
  }

  private onMutations(mutations: MutationRecord[]): void {
    // An empty mapping has nothing to restore (clearing it already put placeholders back).
    if (this.options.hasValues && !this.options.hasValues()) return;
    const parents = new Set<Element>();
    for (const mutation of mutations) {
      if (this.isOurs(mutation.target)) continue;
      if (mutation.type === 'characterData') {
        const text = mutation.target as Text;
        // The site rewrote a text node we had split: what we inserted after it is now stale.
        const stale = this.inserted.get(text);
        if (stale) this.removeInserted(text);
        if (text.parentElement && this.inAnswer(text)) parents.add(text.parentElement);
        continue;
      }
      // The site removed a text node we had split: what we inserted after it goes too.
      for (const node of mutation.removedNodes) if (node instanceof Text && this.inserted.has(node)) this.removeInserted(node);
      for (const node of mutation.addedNodes) {
        if (this.isOurs(node)) continue;
        if (node instanceof Text) {
          if (node.parentElement && this.inAnswer(node)) parents.add(node.parentElement);
        } else if (node instanceof Element) {
          if (this.inAnswer(node)) parents.add(node);
          else for (const container of this.safeQueryAll(node, this.selector)) parents.add(container);
        }
      }
    }
    for (const parent of parents) if (parent.isConnected) this.processSubtree(parent);
    this.forgetOwnMutations();
  }

  /** Our own edits queue mutation records too: they must not read as the site rewriting its text. */
  private forgetOwnMutations(): void {
    this.observer?.takeRecords();
  }

  private removeInserted(text: Text): void {
    for (const node of this.inserted.get(text) ?? []) {
      if (node instanceof Text) this.removeInserted(node);
      node.parentNode?.removeChild(node);
    }
    this.inserted.delete(text);
  }

  /** Every run of adjacent text nodes under `root`, each read as one string. */
  private processSubtree(root: Element): void {
    const parents = new Set<Node>([root]);
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      if (element.matches(`mark[${RESTORED_ATTR}]`) || SKIPPED_PARENTS.has(element.tagName) || (element as HTMLElement).isContentEditable) continue;
      parents.add(element);
    }
    for (const parent of parents) this.processChildren(parent);
  }

  private processChildren(parent: Node): void {
    let run: Text[] = [];
    const flush = () => {
      if (run.length) this.processRun(run);
      run = [];
    };
    for (const child of [...parent.childNodes]) {
      if (child instanceof Text) run.push(child);
      else flush();
    }
    flush();
  }

  private processRun(run: Text[]): void {
    const joined = run.map((node) => node.data).join('');
    if (!joined.includes('[')) return;
    const matches = [...joined.matchAll(PLACEHOLDER_PATTERN)].filter((match) => this.options.lookup(match[0]) !== undefined);
    // Last first: earlier offsets stay valid while later ones are replaced.
    for (const match of matches.reverse()) this.wrap(run, match.index, match.index + match[0].length, match[0]);
  }

  private wrap(run: Text[], start: number, end: number, placeholder: string): void {
    const locate = (offset: number, preferNext: boolean): [Text, number] => {
      let position = 0;
      for (let i = 0; i < run.length; i++) {
        const length = run[i].data.length;
        if (offset < position + length || (offset === position + length && !preferNext) || i === run.length - 1) return [run[i], offset - position];
        position += length;
      }
      return [run[run.length - 1], run[run.length - 1].data.length];
    };
    const [startNode, startOffset] = locate(start, true);
    const [endNode, endOffset] = locate(end, false);
    const range = this.doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    range.deleteContents();
    const mark = this.doc.createElement('mark');
    ownMarks.add(mark);
    mark.setAttribute(RESTORED_ATTR, placeholder);
    mark.title = this.options.title(placeholder);
    const style = mark.style;
    style.setProperty('background-color', '#e3e3fd');
    style.setProperty('color', 'inherit');
    style.setProperty('border-bottom', '2px dotted #000091');
    style.setProperty('padding', '0 1px');
    this.paint(mark);
    // Split the start node ourselves, so that we know every node we added after it.
    const rest = startNode.data.slice(startOffset);
    startNode.data = startNode.data.slice(0, startOffset);
    const added: Node[] = [mark];
    startNode.after(mark);
    if (rest) {
      const restNode = this.doc.createTextNode(rest);
      mark.after(restNode);
      added.push(restNode);
    }
    this.inserted.set(startNode, [...added, ...(this.inserted.get(startNode) ?? [])]);
  }
}
