import { isAsciiAlphanumeric, isAsciiDigit } from '../../char-codes';
import { escapeRegExp } from '../../define-detector';
import { standInForSticky } from '../../start-positions';
import { testAfter, testBefore } from '../../text-window';

/**
 * Helpers shared by the sensitive-category detectors (health, social case, art. 9, art. 10):
 * term lists are data, compiled once into one accent- and case-tolerant regex shaped as a trie.
 *
 * Term syntax (write terms folded: lower case, no accents):
 * - lower-case letters match either case and any accented form (`e` → `[eéèêëEÉÈÊË]`);
 * - upper-case letters match upper case only (acronyms: `CMP` never matches `cmp` in code);
 *   acronyms that are no other word (`mdph`, `pch`, `rsa`, `ehpad`) are written in lower case, so
 *   that prompts typed without capitals are read; `inAddressOrCode` then rejects them in a URL,
 *   a path or an identifier;
 * - a space or a hyphen matches one space or hyphen (`garde a vue` = `garde-à-vue`);
 * - `'` matches an apostrophe, a space after it, or a space instead of it (`d'accueil`, `d accueil`);
 * - a trailing `~` adds the French inflections `-e`, `-s`, `-es` (`place~` → placé, placée, placés…);
 *   a trailing `*` adds an optional `-s`; `~` and `*` may only end a word.
 *
 * A trie (shared prefixes factored) keeps the alternation cheap: at each word start the regex engine
 * tests one character class per branch instead of every term. The pattern has the `gu` flags and
 * no `i` (upper-case letters must stay upper case); every quantifier is bounded.
 */
const LETTER_CLASS: Readonly<Record<string, string>> = {
  a: 'aàâäAÀÂÄ',
  c: 'cçCÇ',
  e: 'eéèêëEÉÈÊË',
  i: 'iîïIÎÏ',
  o: 'oôöOÔÖ',
  u: 'uùûüUÙÛÜ',
  y: 'yÿYŸ',
};
const UPPER_CLASS: Readonly<Record<string, string>> = {
  A: 'AÀÂÄ',
  C: 'CÇ',
  E: 'EÉÈÊË',
  I: 'IÎÏ',
  O: 'OÔÖ',
  U: 'UÙÛÜ',
};

const INFLECT = '\u0001';
const PLURAL = '\u0002';
const END = '';

/** The characters that one source character (not an inflection marker nor an apostrophe) matches: the regex's class, and the trie walk's. */
const atomCharacters = (ch: string): string => {
  if (ch === ' ' || ch === '-') return ' -';
  return LETTER_CLASS[ch] ?? UPPER_CLASS[ch] ?? (/[a-z]/.test(ch) ? ch + ch.toUpperCase() : ch);
};

/** One source character (or inflection marker) as a regex fragment. */
const atom = (ch: string): string => {
  if (ch === INFLECT) return '[eE]?[sS]?';
  if (ch === PLURAL) return '[sS]?';
  // An apostrophe, or the space that replaces it in notes typed fast (`plan d aide`, `mise a l abri`).
  if (ch === "'") return "(?:' ?| )";
  const characters = atomCharacters(ch);
  return characters.length > 1 ? `[${characters}]` : escapeRegExp(ch);
};

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

const tokenize = (term: string): string[] => {
  const out: string[] = [];
  for (const ch of term) {
    // `~`: -e, -s, -es after the stem ("place~" matches place, placee, places, placees, folded).
    if (ch === '~') out.push(INFLECT);
    else if (ch === '*') out.push(PLURAL);
    else out.push(ch);
  }
  return out;
};

/**
 * Left word boundary. `(?<![\p{L}\p{N}])` at the head of a pattern is evaluated at every position
 * of the text, and the Unicode property classes make it the most expensive part of the scan
 * (measured: 27 ms per MB for the health terms, 6 ms with this class). Letters and digits of the
 * Latin, Greek and Cyrillic blocks cover the texts we scan; the right boundary, evaluated only at
 * match ends, keeps `\p{L}\p{N}`.
 */
const WORD_CHARACTERS = '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
export const NOT_AFTER_WORD = `(?<![${WORD_CHARACTERS}])`;

const emit = (node: TrieNode): string => {
  const branches: string[] = [];
  const endings: string[] = [];
  // An inflection may match nothing, and the word boundary after it then holds: tried before a longer
  // term's next word (`grossesse~`, `grossesse a risque`), it would end the match too early.
  for (const [ch, child] of node.children) (ch === INFLECT || ch === PLURAL ? endings : branches).push(atom(ch) + emit(child));
  branches.push(...endings);
  if (branches.length === 0) return END;
  // Longer terms first: the empty branch (term ends here) is tried last.
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
};

/** The trie of `terms`. */
const trieOf = (terms: readonly string[]): TrieNode => {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const term of new Set(terms)) {
    let node = root;
    for (const ch of tokenize(term.trim())) {
      let child = node.children.get(ch);
      if (!child) {
        child = { children: new Map(), terminal: false };
        node.children.set(ch, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return root;
};

/** Builds the trie-shaped alternation of `terms` (no boundaries). */
export const termAlternation = (terms: readonly string[]): string => emit(trieOf(terms));

const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Compiles term lists and extra raw fragments (already written as regex) into one pattern with
 * letter/digit boundaries on both sides. Where the engine runs it at its start positions, a
 * `TermMatcher` stands in for it (see below).
 */
export const termPattern = (terms: readonly string[], raw: readonly string[] = []): RegExp => {
  const trie = trieOf(terms);
  // Raw fragments first: they are the longer phrases (`cancer du sein` before `cancer`).
  const pattern = new RegExp(`${NOT_AFTER_WORD}(?:${[...raw, emit(trie)].join('|')})${WORD_END}`, 'gu');
  const rawPattern = raw.length > 0 ? new RegExp(`${NOT_AFTER_WORD}(?:${raw.join('|')})${WORD_END}`, 'uy') : null;
  // Flattened at the first scan, and the trie of objects let go (17,000 nodes for the health terms). Terms are
  // written in characters of the Basic Multilingual Plane, one UTF-16 unit each (term-walk.test.ts checks them).
  let pending: TrieNode | null = trie;
  let flat: FlatTrie | null = null;
  standInForSticky(pattern, () => {
    if (pending) [flat, pending] = [flatten(pending), null];
    return new TermMatcher(flat!, rawPattern);
  });
  return pattern;
};

/*
 * The term lists as a trie walked in JavaScript, standing in for the term patterns' sticky runs.
 *
 * V8 compiles the health terms (a 125 KB pattern) to 1.8 MB of machine code, and the four term lists
 * to 13 MB with their sticky copies. Past 1 MB of regex code, once the tab's executable memory exceeds
 * 16 MB (a large AI site's own code does), V8 compiles every further regex without its optimisations
 * (`TooMuchRegExpCode`): measured, the other detectors took 2.5 ms per 4 KB prompt instead of 1.4 ms
 * once the four lists had been compiled before them. Walking the trie finds the same match as the
 * regex: the same edges in the same order (the raw fragments first, then each node's branches in the
 * order `emit` writes them, an inflection last, the node's own end after them), each atom's ways of
 * matching in the regex's order (greedy first), and the same word boundaries at the start and at the end.
 */

/** Edge kinds: one character of a class; `[eE]?[sS]?`; `[sS]?`; `(?:' ?| )`. */
const enum EdgeKind {
  OneOf,
  Inflection,
  PluralS,
  Apostrophe,
}

/** Classes of characters that edges accept, by their characters; MEMBERS marks each class's characters below U+0100 (at most 256 classes). */
const CLASS_IDS = new Map<string, number>();
const CLASS_CHARACTERS: string[] = [];
const MEMBERS = new Uint8Array(1 << 16);

const classId = (characters: string): number => {
  let id = CLASS_IDS.get(characters);
  if (id === undefined) {
    CLASS_IDS.set(characters, (id = CLASS_CHARACTERS.push(characters) - 1));
    if (id > 0xff) throw new Error('Too many classes of characters in the term lists');
    for (const char of characters) MEMBERS[(id << 8) | char.charCodeAt(0)] = 1;
  }
  return id;
};

/**
 * A trie flattened into arrays, so that the walk reads a few contiguous numbers per character
 * (with an object and a Map per node, the walk was slower than the regex: they were out of the
 * processor's cache). Node `n`'s edges are `edges[first[n] >> 2]` up to node `n + 1`'s, in the order
 * `emit` writes them; the low bit of `first[n]` is set when a term ends at the node, the next one when
 * the node is a link of a chain: it has one edge only, of one character, and no term ends at it (see
 * walk). An edge packs the node it leads to, its class and its kind.
 *
 * A node with many edges (the root has 21 to 41, a term's first letters a dozen) has copies after
 * the nodes, each with only its edges that may take some character below U+0100, in their order:
 * `lookup[(dispatch[n] - 1) * letters + alphabet[code]]` is the copy for the character `code`;
 * `dispatch[n]` is 0 for the other nodes. The walk reads one or two edges there instead of all of
 * them. The characters that take the same edges everywhere are one letter of the `alphabet`.
 */
interface FlatTrie {
  readonly first: Int32Array;
  readonly edges: Int32Array;
  readonly dispatch: Uint16Array;
  readonly alphabet: Uint8Array;
  readonly letters: number;
  readonly lookup: Uint16Array;
}

/**
 * Nodes with at least this many edges get copies per letter. Measured on the bench's 4 KB prompts, the four
 * term lists' walk took 1.03 M instructions per prompt with the root's copies only, 0.54 M with these (0.47 M
 * since chains are flagged in `first`, see walk); the lists'
 * arrays hold 361 KB instead of 260 KB (copies for all 256 characters: 477 KB, for 38,000 fewer instructions;
 * copies from 3 edges: 36,000 fewer instructions, 150 KB more).
 */
const DISPATCH_MIN_EDGES = 4;

const flatten = (root: TrieNode): FlatTrie => {
  const nodes = [root];
  const edges: number[][] = [];
  for (let n = 0; n < nodes.length; n++) {
    const children = [...nodes[n].children];
    // As `emit` orders them: branches, then inflections.
    edges.push([...children.filter(([ch]) => ch !== INFLECT && ch !== PLURAL), ...children.filter(([ch]) => ch === INFLECT || ch === PLURAL)].map(([ch, child]) => (nodes.push(child) - 1) * 16384 + classId(atomCharacters(ch)) * 4 + (ch === INFLECT ? EdgeKind.Inflection : ch === PLURAL ? EdgeKind.PluralS : ch === "'" ? EdgeKind.Apostrophe : EdgeKind.OneOf)));
  }
  const terminal = nodes.map((node) => node.terminal);
  const dispatched = [...edges.keys()].filter((n) => edges[n].length >= DISPATCH_MIN_EDGES);
  const takenBy = (n: number, code: number): number[] => edges[n].filter((edge) => (edge & 3) !== EdgeKind.OneOf || MEMBERS[(edge & 0x3ffc) << 6 | code]);
  // Characters in the same classes among those the edges of these nodes read take the same edges at
  // every such node: one letter of the trie's alphabet (25 to 49 letters).
  const classes = [...new Set(dispatched.flatMap((n) => edges[n].filter((edge) => (edge & 3) === EdgeKind.OneOf).map((edge) => (edge >> 2) & 0xfff)))];
  const letters = new Map<string, number>();
  const alphabet = new Uint8Array(0x100);
  const representatives: number[] = [];
  for (let code = 0; code < 0x100; code++) {
    const signature = classes.filter((id) => MEMBERS[(id << 8) | code]).join();
    let letter = letters.get(signature);
    if (letter === undefined) letters.set(signature, (letter = representatives.push(code) - 1));
    alphabet[code] = letter;
  }
  const lookup: number[] = [];
  for (const n of dispatched) {
    // One copy per distinct list: most letters take no edge.
    const copies = new Map<string, number>();
    for (const code of representatives) {
      const list = takenBy(n, code);
      const key = list.join();
      let copy = copies.get(key);
      if (copy === undefined) {
        copies.set(key, (copy = edges.push(list) - 1));
        terminal.push(terminal[n]);
      }
      lookup.push(copy);
    }
  }
  if (edges.length > 0xffff) throw new Error('Too many nodes in a term list');
  const first = new Int32Array(edges.length + 1);
  let offset = 0;
  edges.forEach((list, n) => {
    first[n] = (offset << 2) | (terminal[n] ? 1 : list.length === 1 && (list[0] & 3) === EdgeKind.OneOf ? 2 : 0);
    offset += list.length;
  });
  first[edges.length] = offset << 2;
  // The copies (after the nodes) have none.
  const dispatch = new Uint16Array(edges.length + 1);
  dispatched.forEach((n, index) => (dispatch[n] = index + 1));
  return { first, edges: Int32Array.from(edges.flat()), dispatch, alphabet, letters: representatives.length, lookup: Uint16Array.from(lookup) };
};

const isS = (code: number): boolean => (code | 0x20) === 0x73;

/** Per character code below U+0500: 1 when NOT_AFTER_WORD refuses a term after it (the class ends below). */
const WORD_CHARACTER = new RegExp(`^[${WORD_CHARACTERS}]$`);
const AFTER_WORD = new Uint8Array(0x500).map((_, code) => Number(WORD_CHARACTER.test(String.fromCharCode(code))));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The code the walk reads past the text's end: no class holds it. */
const PAST_END = 0x10000;

/**
 * The code of the character at `at`, or PAST_END: `charCodeAt`'s NaN there made the optimised walk
 * compute with floating-point numbers (measured: 121,000 instructions more per 4 KB prompt).
 */
const codeAt = (text: string, at: number): number => (at < text.length ? text.charCodeAt(at) : PAST_END);

/** Whether a OneOf edge takes the character at `at` (its code `code`): above U+00FF it is read in the class's characters. */
const takes = (edge: number, code: number, text: string, at: number): boolean =>
  code < 0x100 ? MEMBERS[(edge & 0x3ffc) << 6 | code] === 1 : code !== PAST_END && CLASS_CHARACTERS[(edge >> 2) & 0xfff].includes(text[at]);

/** Node `n`, or its copy that holds the edges the character `code` may take when it has copies (see flatten). */
const nodeFor = ({ dispatch, alphabet, letters, lookup }: FlatTrie, n: number, code: number): number =>
  code < 0x100 && dispatch[n] !== 0 ? lookup[(dispatch[n] - 1) * letters + alphabet[code]] : n;

/** Where the regex's match of the trie below node `n` from `at` ends, or -1: edges in order, each atom's ways greedy first, the node's own end last. */
const walk = (trie: FlatTrie, text: string, n: number, at: number): number => {
  const { first, edges } = trie;
  let code = codeAt(text, at);
  n = nodeFor(trie, n, code);
  // Most nodes have one edge, of one character, and no term ending at them (a term's letters after
  // the branching): the match below such a node is the one below its child, or none. Followed here
  // rather than by a call each (over half of the walk's calls), its flag and its edge read per node.
  for (let k = first[n]; k & 2; k = first[n]) {
    const edge = edges[k >> 2];
    if (!takes(edge, code, text, at)) return -1;
    n = edge >> 14;
    code = codeAt(text, ++at);
    n = nodeFor(trie, n, code);
  }
  for (let k = first[n] >> 2; k < first[n + 1] >> 2; k++) {
    const edge = edges[k];
    const child = edge >> 14;
    let end = -1;
    switch (edge & 3) {
      case EdgeKind.OneOf:
        if (takes(edge, code, text, at)) end = walk(trie, text, child, at + 1);
        break;
      case EdgeKind.Inflection:
        if ((code | 0x20) === 0x65 && isS(codeAt(text, at + 1))) end = walk(trie, text, child, at + 2);
        if (end < 0 && ((code | 0x20) === 0x65 || isS(code))) end = walk(trie, text, child, at + 1);
        if (end < 0) end = walk(trie, text, child, at);
        break;
      case EdgeKind.PluralS:
        if (isS(code)) end = walk(trie, text, child, at + 1);
        if (end < 0) end = walk(trie, text, child, at);
        break;
      default: // EdgeKind.Apostrophe
        if (code === 0x27 && codeAt(text, at + 1) === 0x20) end = walk(trie, text, child, at + 2);
        if (end < 0 && (code === 0x27 || code === 0x20)) end = walk(trie, text, child, at + 1);
    }
    if (end >= 0) return end;
  }
  // The look-ahead of WORD_END reads a whole code point.
  return first[n] & 1 && (at >= text.length || !LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!))) ? at : -1;
};

/** A term pattern's sticky run: its raw fragments' regex, then the walk of its trie. */
class TermMatcher {
  lastIndex = 0;

  constructor(
    private readonly trie: FlatTrie,
    private readonly raw: RegExp | null,
  ) {}

  exec(subject: string): RegExpExecArray | null {
    const at = this.lastIndex;
    let end = -1;
    if (at <= subject.length && !(at > 0 && AFTER_WORD[subject.charCodeAt(at - 1)] === 1)) {
      if (this.raw) {
        this.raw.lastIndex = at;
        const match = this.raw.exec(subject);
        if (match) {
          this.lastIndex = this.raw.lastIndex;
          return match;
        }
      }
      end = walk(this.trie, subject, 0, at);
    }
    if (end < 0) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = end;
    return Object.assign([subject.slice(at, end)] as [string], { index: at, input: subject, groups: undefined });
  }
}

/**
 * True when a first name and a surname end right before `start`, then a comma, a bracket or a line
 * end (`Mme Pauline Desmet, orthophoniste`, `Nadia Boukhris, mandataire…`, `Pauline Guérin` ↵
 * `Orthophoniste`): the term is that professional's job, not a case.
 */
export const afterOwnName = (text: string, start: number): boolean => testBefore(text, start, /\p{Lu}\p{Ll}[\p{L}'’-]* \p{Lu}[\p{L}'’-]+ ?[,(\n] ?$/u, 50);

/**
 * `IST` is a ban on leaving the country (interdiction de sortie du territoire), a child-protection measure, next
 * to the others and the judge (`OPP + IST 2 ans`, `IST prononcée`, `demande d'OPP et d'IST`); elsewhere a sexually
 * transmitted infection. Folded text around the acronym.
 */
export const TERRITORY_BAN_NEIGHBOURS = /(?:^|[^a-z])(?:opp|ost|aemo|juge|sortie du territoire|prononcee?|ordonnee?)(?![a-z])/;

/** True when the term [start, end) opens a line and a colon follows it: a form's field name (`Pathologies : diabète`). */
export const fieldName = (folded: string, start: number, end: number): boolean => testAfter(folded, end, /^ {0,2}:/, 3) && testBefore(folded, start, /(?:^|\n)[ \t]{0,3}$/, 5);

/**
 * A number of ten or more, its thousands apart or not (`214`, `9 800`), standing alone: not a year,
 * nor the end of an identifier's digit groups (`NIR 2 91 11 59 350 112 96 demande d'AAH`). What
 * comes before it is matched, not looked behind at: a leading look-behind is tried at every position.
 */
const COUNT = "(?:^|[^\\d/.,: -]|(?<!\\d) )(?!(?:19|20)\\d\\d )(?:[1-9]\\d{1,2}|\\d{1,3}(?: \\d{3})+|\\d{4,})";
/** People counted (folded), and the preposition to the term after them. */
const COUNTED = "(?:mesures?|dossiers?|situations?|demandes?|familles?|enfants?|jeunes|personnes?|beneficiaires?|allocataires?|eleves|residents|usagers|patients) (?:d'|de |des |de l'|du |de la )?";
/**
 * A count before a term makes a statistic (`214 informations préoccupantes`, `41 mesures d'AEMO`,
 * `12 élèves de l'ULIS`), a share too (`61 % de CER signés`); a family's children are fewer. Folded, anchored at the end.
 */
export const STATISTIC_COUNT_BEFORE = new RegExp(`(?:${COUNT} (?:${COUNTED})?|\\d ?% (?:de |d'|des )(?:${COUNTED})?)$`);
/** The same with the people counted named: care counts its sessions and days (`32 séances de kinésithérapie`). */
export const PEOPLE_COUNT_BEFORE = new RegExp(`${COUNT} ${COUNTED}$`);

/**
 * True when a space or an apostrophe comes right before `at`, as after every word that makes a term
 * a topic, a count or a job (topicBefore's, STATISTIC_COUNT_BEFORE, PEOPLE_COUNT_BEFORE,
 * JOB_BEFORE_TERM…): tested first, it spares those regexes, which V8 tries at each position of their
 * window, on a term glued to what precedes it (`;RSA;` in each row of a CSV export).
 */
export const afterGap = (folded: string, at: number): boolean => {
  const code = folded.charCodeAt(at - 1);
  return code === 32 || code === 39;
};

/**
 * A job or an office, then what it handles, as signatures and lists of staff give them (folded, anchored at
 * the end): `Évaluatrice PCH`, `Instructeur – MDPH`, `évaluatrices APA`, `Secrétariat CCAPEX`, `conseillère
 * handicap`, `Référent unique RSA`, `Cheffe du service Insertion - RSA`. Not someone's own (`sa référente
 * RSA`, `l'évaluatrice APA qui suit la mère`: writers label these), nor a person's service and what
 * she has (`adjointe au service courrier, RQTH`), nor a service's act (`le chef de service a saisi le parquet`).
 */
export const JOB_BEFORE_TERM = /(?:^|[^a-z'])(?<!(?:sa|son|mon|ma|ta|ton|votre|leur|la|le) )(?:evaluat(?:eur|rice)s?|instruct(?:eur|rice)s?|gestionnaires?|coordinat(?:eur|rice)s?|secretariat|conseill(?:er|ere)s?|referente?s? (?:unique|insertion)|service [a-z]{4,})(?: [-–—\/])? $/;

/**
 * Folded words right before a term that make it a topic (`politique de santé`, `le budget de l'APA`),
 * with the preposition after them: a regex anchored at the end of the text before the term. `lead`
 * is put before the words (a look-ahead that rules some out).
 */
export const topicBefore = (words: readonly string[], lead = ''): RegExp => new RegExp(`(?<![a-z])${lead}(?:${words.join('|')}) (?:du |de la |de l'|des |de |d'|aux |au |a la |en )?$`);

/**
 * A digit joined by `-` or `/` on either side of [start, end), an LDAP attribute before it (`OU=`),
 * or the `$` of a Windows share after it (`\\fs-social02\ase$`).
 */
const isReferenceOrValue = (text: string, start: number, end: number): boolean => {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (after === 36) return true;
  if ((before === 45 || before === 47) && isAsciiDigit(text.charCodeAt(start - 2))) return true;
  if ((after === 45 || after === 47) && isAsciiDigit(text.charCodeAt(end + 1))) return true;
  return before === 61 && testBefore(text, start, LDAP_ATTRIBUTE_BEFORE, 4);
};

/** The organisational attributes of an LDAP name (`CN=…,OU=ASE,DC=cd12`): a unit, not a situation. */
const LDAP_ATTRIBUTE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:ou|cn|dc|o)=$/iu;

const isPathSeparator = (code: number): boolean => code === 47 || code === 92;

/**
 * True when a term written in lower case is a piece of an address, a path or an identifier
 * (`db.local:5432/ase`, `www.mdph12.fr`, `rsa_key`) or a channel's name (`#ase-secteur-ouest`):
 * acronyms match in lower case too, for prompts typed without capitals, and code is written in lower case.
 * In any case: a file's reference (`APA-2019-0412`, `2023-APA-004417`, `ASH/2026/0318`), an LDAP
 * unit (`OU=ASE`) and a folder of a path (`S:\MDS-Nord\ASE\Evaluations`, `/ged/ASE/placements`):
 * they name a file series or a service, not a situation.
 */
export const inAddressOrCode = (text: string, start: number, end: number): boolean => {
  if (isReferenceOrValue(text, start, end) || (isPathSeparator(text.charCodeAt(start - 1)) && isPathSeparator(text.charCodeAt(end)))) return true;
  // Neighbours first: most terms stand between spaces, and slicing each one costs more.
  const joinedBefore = text[start - 1] === '#' || ('/.@_=\\'.includes(text[start - 1] ?? ' ') && (isAsciiAlphanumeric(text.charCodeAt(start - 2)) || text.charCodeAt(start - 2) === 58));
  // A dot then a lower-case letter or a digit is a domain (`mdph12.fr`); `hospitalisée.Elle` a typo.
  const next = text.charCodeAt(end + 1);
  const joinedAfter = text[end] === '.' ? (next >= 97 && next <= 122) || isAsciiDigit(next) : '_@='.includes(text[end] ?? ' ') && isAsciiAlphanumeric(next);
  if (!joinedBefore && !joinedAfter) return false;
  // An underscore joins words in identifiers only (`FLUX_RSA_*.xml`, `INSTRUCTEUR_RSA`), in any case.
  if (text[start - 1] === '_' || text[end] === '_') return true;
  const value = text.slice(start, end);
  return value === value.toLowerCase();
};
