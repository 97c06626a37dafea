/**
 * A site adapter says where an AI tool's composer and send control are and how its prompt leaves
 * the browser. It is data (ordered selector lists, network rules) with no behaviour of its own:
 * reading and writing text depend only on the editor kind (utils/sites/dom/).
 */

/** The editor library behind the composer, which decides how text is read and written. */
export type EditorKind = 'prosemirror' | 'quill' | 'lexical' | 'textarea' | 'contenteditable';

/** A network call that carries prompt text, watched by the main-world safety net. */
export interface NetworkRule {
  readonly transport: 'fetch' | 'xhr' | 'websocket';
  /** Regular expression source matched against the absolute URL (without the query for fetch/XHR). */
  readonly url: string;
  /** send: the prompt; draft: text sent while typing; storage: chat history saved by the site. */
  readonly purpose: 'send' | 'draft' | 'storage';
  /**
   * false: the body is signed (Poe's `poe-tag-id` is a hash of the exact body), so the net may only
   * let it through byte for byte or stop it, never rewrite it. Default true.
   */
  readonly rewritable?: boolean;
  /**
   * false: the transport is declared for the record but cannot be read (Meta AI's binary protobuf
   * WebSocket); the net does not hook it and the DOM guard is the only layer. Default true.
   */
  readonly readable?: boolean;
}

export interface SiteAdapter {
  /** The tool id of the catalogue (policies/ai-tools.ts). */
  readonly id: string;
  /** Main composer, ordered: stable ids and data-testid first, ARIA next, structure last. */
  readonly composers: readonly string[];
  /** "Edit message" editors inside the thread. */
  readonly editComposers: readonly string[];
  /** Send controls (buttons or role=button), ordered like `composers`. */
  readonly sendButtons: readonly string[];
  readonly editor: EditorKind;
  /**
   * Where composer rewrites must run: 'main' for editors that revert changes made from the
   * isolated world (Lexical keeps its own state), through the main-world page writer
   * (utils/page-writer/). Default 'isolated'.
   */
  readonly writeFrom?: 'isolated' | 'main';
  /**
   * The assistant's answers in the thread (containers that receive streamed text), ordered like
   * `composers`. Used to show pseudonymised values again in the answers, on the page only.
   */
  readonly answers: readonly string[];
  readonly network: readonly NetworkRule[];
  /** The dated fixture page that imitates the site (tests/fixtures/sites/). */
  readonly fixture: string;
}
