/**
 * Build step (Node only): packs the word lists and long literals of the engine's sources as they
 * are bundled.
 *
 * The engine ships in every AI page, and its word lists (terms of health, social files, judicial
 * matters, the words around names…) are about a fifth of it. In the sources they stay readable
 * text, `phraseList('maladie|maladies|…', 'radiotherapie*|…')`. For the bundle, the runs of such
 * literal arguments of every engine module are gathered into one table, deflated once and written
 * in base 117 (see `inflate.ts`), which a virtual module (`virtual:vigie-word-lists`) decodes when
 * the engine loads; in each module a run becomes a reference to its item of the table. One stream
 * for all modules: they share words (`enfant`, `placement`, `de la`), and one inflate is cheaper
 * than one per module. Long string and regex literals evaluated once, at a module's top level
 * (the patterns around the lists: `/^,? (?:a ete (?:place|…/`), go to the same table: a regex
 * becomes a call of the table module's `packedRegExp(index, flags)` (shorter than `new RegExp(item,
 * flags)` written at each of the 79 places), a long part of a template `${item}`. Strings inside functions
 * stay, so that nothing builds a pattern per call; their long regexes without state (no `g` or `y`
 * flag) are hoisted into module-level constants created once from the table. The lists and literals mean the same either way:
 * `tests/unit/detection/packed-data.test.ts` checks every call and literal of every engine file.
 *
 * Used by wxt.config.ts and vitest.config.ts (Vite) and by the bench's bundle-size measure
 * (esbuild). Not bundled: it needs TypeScript's parser and Zopfli.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import ts from 'typescript';
import { deflateToBase117 } from './deflate-for-source';
import { PACKED_SEPARATOR } from './inflate';

/** The list builders of `word-list.ts`, and the separator their entries are joined with. */
const LIST_BUILDERS: Readonly<Record<string, string>> = { wordSet: ' ', phraseSet: '|', phraseList: '|' };

/** Runs of literal text shorter than this stay as they are: a reference to the table costs about as much. */
export const MIN_PACKED_LENGTH = 16;
/**
 * Top-level string and regex literals shorter than this stay as they are: a reference costs about as
 * much as they deflate to. Measured on the bundle: 20 made it 834 bytes smaller than 40 did, and 17
 * 350 bytes smaller than 20 (15 to 19 measured: the deflated table's blocks shift, so the best value
 * moves as the sources change; measure again when it matters).
 */
export const MIN_PACKED_LITERAL_LENGTH = 17;
/**
 * A function's regex is hoisted and packed from this length: a shorter one saves less than its
 * module-level constant costs. Measured on the bundle: 30 saved 552 bytes, 24 and 32 about 400, 40
 * about 170 (as above, the best value moves with the sources); measured again on 2026-12-04, 28 made
 * it 43 bytes smaller than 30, and 26, 27, 29, 32 and 34 larger than 28; and later the same day 24
 * was 196 bytes smaller than 28 (22, 26 and 30 between them): the sizes jump by a hundred bytes or two; later still, 23 was
 * 147 bytes smaller than 24 (20 to 30 measured with the literal length at 16 to 19; 17 and 23 were the smallest).
 * On 2026-12-06, 27 was 257 bytes smaller than 23 (20 to 30 and 32 measured with the literal length at 17,
 * 20 to 26 with it at 16 and 18; 17 still the smallest). On 2026-12-07, 26 was 184 bytes smaller than 27 (20, 22 to 30
 * and 32 measured with the literal length at 16 to 18, 26 and 27 with it at 15, 19 and 20; 17 still the smallest).
 */
export const MIN_HOISTED_LENGTH = 26;

const DATA_DIR = dirname(fileURLToPath(import.meta.url));
const ENGINE_DIR = resolve(DATA_DIR, '..');
const INFLATE_MODULE = join(DATA_DIR, 'inflate.ts');

/** The module that holds the table, made by the build step (never a file). */
export const WORD_LISTS_MODULE = 'virtual:vigie-word-lists';
/** The name a packed module gives the table's items. */
export const PACKED_LISTS = '__packedWordLists';
/** The name a packed module gives the table module's regex builder. */
export const PACKED_REGEXP = '__packedRegExp';

/** Where a run of literal arguments starts and ends in the source, and the text it stands for. */
export interface LiteralRun {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The runs of consecutive string-literal arguments of the list builders' calls in `code`. */
export function literalRuns(code: string, fileName: string): LiteralRun[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const runs: LiteralRun[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in LIST_BUILDERS) {
      const builder = node.expression.text;
      const separator = LIST_BUILDERS[builder];
      let run: ts.StringLiteralLike[] = [];
      const flush = (): void => {
        if (run.length > 0) {
          const entries = run.map((literal) => literal.text).join(separator);
          // A set's entries in order: neighbours share their beginnings, which the deflate of the table
          // codes in fewer bytes (212 fewer for the engine's sets than in source order).
          const text = builder === 'phraseList' ? entries : entries.split(separator).sort().join(separator);
          runs.push({ start: run[0].getStart(source), end: run[run.length - 1].end, text });
        }
        run = [];
      };
      for (const argument of node.arguments) {
        if (ts.isStringLiteralLike(argument)) run.push(argument);
        else flush();
      }
      flush();
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return runs;
}

/**
 * A long literal of a module's top level: a string (or template without substitutions), a regex and
 * its flags, or a long text part of a template with substitutions (`part`, its raw text between the
 * template's delimiters: it becomes a substitution of the item).
 */
export interface LongLiteral extends LiteralRun {
  readonly flags: string | null;
  readonly part?: boolean;
  /** A regex of a function's body, which the module's top level creates once instead (see `packWordLists`). */
  readonly hoisted?: boolean;
}

/** Prefix of the module-level constants that hold the regexes hoisted out of functions. */
export const HOISTED_REGEXP = '__packedRegExpOf';

/** Whether a string literal stands where an expression may replace it (not a module name, a key or a type). */
function isValue(node: ts.StringLiteralLike): boolean {
  const { parent } = node;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent) || ts.isLiteralTypeNode(parent)) return false;
  if (ts.isTaggedTemplateExpression(parent)) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) return false;
  return !ts.isExpressionStatement(parent); // a directive ('use strict')
}

/** A detector's examples (`export const examples: DetectorExamples`): the bundlers leave them out of the extension. */
function isExamples(node: ts.Node): boolean {
  return ts.isVariableDeclaration(node) && node.type !== undefined && node.type.getText() === 'DetectorExamples';
}

/**
 * The long string and regex literals of `code`'s top level, outside the list builders' calls, and
 * the long regexes of its functions' bodies that keep no state between uses (no `g` or `y` flag:
 * `lastIndex` is theirs only), which the module's top level can create once. In the data modules
 * (this folder) only lists of lower-case words: their other long strings are deflated already, or
 * decode the table (the base-117 alphabet).
 */
export function longLiterals(code: string, fileName: string): LongLiteral[] {
  const inData = resolve(fileName).startsWith(DATA_DIR);
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const literals: LongLiteral[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in LIST_BUILDERS) return;
    if (isExamples(node)) return;
    // A string inside a function or a class is evaluated at each call: only its stateless regexes are read.
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) {
      ts.forEachChild(node, (child) => visit(child, true));
      return;
    }
    if (ts.isRegularExpressionLiteral(node)) {
      if (inData) return;
      const slash = node.text.lastIndexOf('/');
      const text = node.text.slice(1, slash);
      const flags = node.text.slice(slash + 1);
      if (inFunction && /[gy]/.test(flags)) return;
      if (text.length >= (inFunction ? MIN_HOISTED_LENGTH : MIN_PACKED_LITERAL_LENGTH)) literals.push({ start: node.getStart(source), end: node.end, text, flags, ...(inFunction ? { hoisted: true } : {}) });
      return;
    }
    if (inFunction) {
      ts.forEachChild(node, (child) => visit(child, true));
      return;
    }
    if (ts.isStringLiteralLike(node)) {
      if (node.text.length >= MIN_PACKED_LITERAL_LENGTH && isValue(node) && (!inData || /^[a-z ]+$/.test(node.text))) literals.push({ start: node.getStart(source), end: node.end, text: node.text, flags: null });
      return;
    }
    if (ts.isTemplateExpression(node) && !ts.isTaggedTemplateExpression(node.parent)) {
      if (inData) return;
      // Between the backquote or `}` and the `${` or backquote that delimit each part.
      for (const part of [node.head, ...node.templateSpans.map((span) => span.literal)]) {
        if (part.text.length < MIN_PACKED_LITERAL_LENGTH) continue;
        const closing = ts.isTemplateTail(part) ? 1 : 2;
        literals.push({ start: part.getStart(source) + 1, end: part.end - closing, text: part.text, flags: null, part: true });
      }
      return;
    }
    ts.forEachChild(node, (child) => visit(child, false));
  };
  visit(source, false);
  return literals;
}

/** The table of every engine module's runs: each text once, and the module that decodes them. */
export interface WordListTable {
  readonly lists: readonly string[];
  /** Item of each text in `lists`. */
  readonly index: ReadonlyMap<string, number>;
  /** The source of WORD_LISTS_MODULE. */
  readonly module: string;
}

/** The engine's modules: the files this step reads and rewrites. */
const ENGINE_FILE = /[\\/]utils[\\/]detection[\\/].+\.ts$/;

/** The pairs of consecutive characters of `text`. */
function bigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < text.length; i++) pairs.add(text.slice(i - 1, i + 1));
  return pairs;
}

/**
 * `items` reordered so that each is followed by the one most alike among those left (Jaccard index
 * of their character pairs), from `items[start]` on: DEFLATE finds longer repeats at shorter
 * distances when alike texts sit together. Measured on the table: 43,250 characters in file order,
 * 42,549 with the word lists before the regex sources, 41,551 in this order (trigrams: 41,747). Ties
 * go to the earlier item, so the build stays reproducible.
 */
export function orderForDeflate(items: readonly string[], start = 0, similarity = similarities(items)): string[] {
  const n = items.length;
  const left = new Set(items.keys());
  const order: number[] = [];
  for (let current = start; left.size > 0; ) {
    left.delete(current);
    order.push(current);
    let best = -1;
    let bestScore = -1;
    for (const candidate of left) {
      const score = similarity[current * n + candidate];
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    current = best;
  }
  return order.map((i) => items[i]);
}

/** The Jaccard-like index of each pair of items' character pairs, row by row (see orderForDeflate). */
function similarities(items: readonly string[]): Float64Array {
  const pairs = items.map(bigrams);
  const n = items.length;
  const similarity = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      let shared = 0;
      for (const pair of pairs[b]) if (pairs[a].has(pair)) shared++;
      similarity[a * n + b] = similarity[b * n + a] = shared / (pairs[a].size + pairs[b].size - shared + 1);
    }
  }
  return similarity;
}

/** How many first items orderCandidatesForDeflate tries, spread over the items. */
const ORDER_STARTS = 32;
/**
 * How many of those orders, the smallest with zlib, are deflated with Zopfli to keep the smallest:
 * zlib's best is not Zopfli's. Measured on the table: the best of 4 was 210 bytes smaller than zlib's
 * best alone, and the best of 8, 16 or 32 no smaller than of 4; each costs about a second of build.
 */
const ZOPFLI_ORDER_CANDIDATES = 4;

/**
 * The orders of orderForDeflate, one per first item among ORDER_STARTS spread over `items`, that
 * deflate smallest with zlib (fast), smallest first: the `count` worth the slower Zopfli pass. The
 * greedy chain depends on where it starts: on the table, the starts differ by 0.7 % after Zopfli
 * (43,232 to 43,386 bytes), and the first item alone gave 43,362.
 */
export function orderCandidatesForDeflate(items: readonly string[], count: number): string[][] {
  const similarity = similarities(items);
  const sized: { order: string[]; size: number }[] = [];
  // Fewer items than ORDER_STARTS: each one is a start (spreading over ORDER_STARTS slots tried the first few only, some twice).
  const starts = Math.min(ORDER_STARTS, items.length);
  for (let k = 0; k < starts; k++) {
    const order = orderForDeflate(items, Math.floor((k * items.length) / starts), similarity);
    sized.push({ order, size: deflateRawSync(Buffer.from(order.join(PACKED_SEPARATOR), 'utf8'), { level: 9, memLevel: 9 }).length });
  }
  // A stable sort: of two orders of one size, the earlier start comes first, so the build is reproducible.
  return sized.sort((a, b) => a.size - b.size).slice(0, count).map(({ order }) => order);
}

const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+'(\.{1,2}\/[^']+)'|(?:^|\n)\s*import\s+'(\.{1,2}\/[^']+)'/g;

/**
 * The engine's modules that `engine.ts` imports, directly or not, and their code, sorted by path: the
 * others (`warm-up.ts`, the generators) do not ship with it, and their literals in the table would be
 * dead weight.
 */
async function engineModules(engineDir: string): Promise<[string, string][]> {
  const seen = new Map<string, string>();
  const pending = [join(engineDir, 'engine.ts')];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path)) continue;
    const code = await readFile(path, 'utf8');
    seen.set(path, code);
    for (const match of code.matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(path), match[1] ?? match[2]);
      // Only the engine's own modules: a JSON file or a package's module holds no list of ours.
      const module = [target, `${target}.ts`, join(target, 'index.ts')].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
      if (module !== undefined) pending.push(module);
    }
  }
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Gathers the runs of the modules the engine imports (in file order, so the build is reproducible) and deflates them, in the order of those tried that Zopfli deflates smallest. */
export async function buildWordListTable(engineDir = ENGINE_DIR): Promise<WordListTable> {
  const gathered = new Set<string>();
  for (const [path, code] of await engineModules(engineDir)) {
    for (const run of [...literalRuns(code, path), ...longLiterals(code, path)]) if (run.text.length >= MIN_PACKED_LENGTH) gathered.add(run.text);
  }
  let lists: string[] = [];
  let encoded = '';
  for (const order of orderCandidatesForDeflate([...gathered], ZOPFLI_ORDER_CANDIDATES)) {
    const candidate = await deflateToBase117(order.join(PACKED_SEPARATOR));
    if (encoded === '' || candidate.length < encoded.length) {
      encoded = candidate;
      lists = order;
    }
  }
  const index = new Map(lists.map((text, i) => [text, i]));
  const module = `import { unpackWordLists } from ${JSON.stringify(INFLATE_MODULE.split('\\').join('/'))};\nexport const PACKED_WORD_LISTS = unpackWordLists(${JSON.stringify(encoded)});\nexport const packedRegExp = (index, flags) => new RegExp(PACKED_WORD_LISTS[index], flags);\n`;
  return { lists, index, module };
}

/**
 * `code` with its runs of literal list arguments that the table holds replaced by its items, or
 * null when it has none. A run the table lacks (a source edited since the table was built, in a
 * development server) stays as it is: the same list, not packed.
 */
export function packWordLists(code: string, fileName: string, table: Pick<WordListTable, 'index'>): string | null {
  const runs: (LiteralRun & { flags?: string | null; part?: boolean; hoisted?: boolean })[] = [...literalRuns(code, fileName), ...longLiterals(code, fileName)]
    .filter((run) => table.index.has(run.text))
    .sort((a, b) => a.start - b.start);
  if (runs.length === 0) return null;
  let packed = code;
  const hoisted: string[] = [];
  // From the last run back, so that the offsets of the runs before it still hold.
  for (let k = runs.length - 1; k >= 0; k--) {
    const { start, end, text, flags, part } = runs[k];
    const item = `${PACKED_LISTS}[${table.index.get(text)}]`;
    const regex = `${PACKED_REGEXP}(${table.index.get(text)}, ${JSON.stringify(flags)})`;
    let replacement = part ? `\${${item}}` : typeof flags === 'string' ? regex : item;
    // A function's regex, created once at the top level (the lines after the import: see below).
    if (runs[k].hoisted) {
      replacement = `${HOISTED_REGEXP}${k}`;
      hoisted.push(`const ${replacement} = ${regex};\n`);
    }
    packed = `${packed.slice(0, start)}${replacement}${packed.slice(end)}`;
  }
  // Imports are bound before the module's first statement runs, so the lists are ready for all of
  // it; the hoisted regexes come first, before any statement that may call a function using them.
  return `import { PACKED_WORD_LISTS as ${PACKED_LISTS}, packedRegExp as ${PACKED_REGEXP} } from ${JSON.stringify(WORD_LISTS_MODULE)};\n${hoisted.reverse().join('')}${packed}`;
}

/** The step as a Vite plugin (wxt.config.ts, vitest.config.ts): the extension's bundles and the unit tests. */
export function packWordListsPlugin(): {
  name: string;
  enforce: 'pre';
  resolveId(id: string): string | null;
  load(id: string): Promise<string | null>;
  transform(code: string, id: string): Promise<{ code: string; map: null } | null>;
} {
  let table: Promise<WordListTable> | null = null;
  const resolved = `\0${WORD_LISTS_MODULE}`;
  return {
    name: 'vigie-pack-word-lists',
    enforce: 'pre',
    resolveId: (id) => (id === WORD_LISTS_MODULE ? resolved : null),
    async load(id) {
      return id === resolved ? (await (table ??= buildWordListTable())).module : null;
    },
    async transform(code, id) {
      if (!ENGINE_FILE.test(id)) return null;
      const packed = packWordLists(code, id, await (table ??= buildWordListTable()));
      return packed === null ? null : { code: packed, map: null };
    },
  };
}

/** The step as an esbuild plugin (the bench's bundle-size measure). */
export function packWordListsEsbuildPlugin(): {
  name: string;
  setup(build: {
    onResolve(options: { filter: RegExp }, callback: () => { path: string; namespace: string }): void;
    onLoad(options: { filter: RegExp; namespace?: string }, callback: (args: { path: string }) => Promise<{ contents: string; loader: 'ts'; resolveDir?: string }>): void;
  }): void;
} {
  return {
    name: 'vigie-pack-word-lists',
    setup(build) {
      let table: Promise<WordListTable> | null = null;
      build.onResolve({ filter: /^virtual:vigie-word-lists$/ }, () => ({ path: WORD_LISTS_MODULE, namespace: 'vigie-word-lists' }));
      build.onLoad({ filter: /.*/, namespace: 'vigie-word-lists' }, async () => ({ contents: (await (table ??= buildWordListTable())).module, loader: 'ts', resolveDir: DATA_DIR }));
      build.onLoad({ filter: ENGINE_FILE }, async ({ path }) => {
        const code = await readFile(path, 'utf8');
        return { contents: packWordLists(code, path, await (table ??= buildWordListTable())) ?? code, loader: 'ts' };
      });
    },
  };
}
