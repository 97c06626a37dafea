/**
 * Reads the text of a composer the way a person sees it, with an offset map to DOM positions so
 * that findings can be selected or replaced in place (shared/reference/ai-sites.md §13.3).
 * Block elements are joined with one "\n"; <br> is "\n" except ProseMirror's trailing filler.
 */

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'TR', 'TABLE', 'SECTION', 'ARTICLE']);

export interface TextSegment {
  /** Offset of this segment in the text. */
  readonly start: number;
  readonly node: Text;
}

export interface EditableText {
  readonly text: string;
  /** DOM position of a text offset (for contenteditable editors). */
  locate(offset: number): { node: Node; offset: number } | null;
}

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof element.ownerDocument.defaultView!.HTMLTextAreaElement || element instanceof element.ownerDocument.defaultView!.HTMLInputElement;
}

export function readEditable(root: HTMLElement): EditableText {
  if (isTextField(root)) {
    const text = root.value;
    return { text, locate: () => null };
  }
  let text = '';
  const segments: TextSegment[] = [];
  let pendingBreak = false;
  const breakLine = () => {
    if (text.length > 0) pendingBreak = true;
  };
  const append = (value: string, node: Text | null) => {
    if (pendingBreak) {
      text += '\n';
      pendingBreak = false;
    }
    if (node) segments.push({ start: text.length, node });
    text += value;
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        append(child.nodeValue ?? '', child as Text);
      } else if (child.nodeType === 1) {
        const element = child as HTMLElement;
        if (element.tagName === 'BR') {
          if (!element.classList.contains('ProseMirror-trailingBreak')) append('\n', null);
          continue;
        }
        if (element.getAttribute('contenteditable') === 'false' && element !== root) continue;
        const block = BLOCK_TAGS.has(element.tagName);
        if (block) breakLine();
        walk(element);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  return {
    text,
    locate(offset: number) {
      let segment: TextSegment | undefined;
      for (const candidate of segments) {
        if (candidate.start <= offset) segment = candidate;
        else break;
      }
      if (!segment) return null;
      const inNode = Math.min(offset - segment.start, segment.node.length);
      return { node: segment.node, offset: inNode };
    },
  };
}

/** A DOM Range over [start, end) of the composer text, or null for text fields and unmapped spans. */
export function rangeFor(root: HTMLElement, editable: EditableText, start: number, end: number): Range | null {
  const from = editable.locate(start);
  const to = editable.locate(end);
  if (!from || !to) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
