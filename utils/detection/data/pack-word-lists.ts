/**
 * Build step (Node only): packs the long word lists of the engine's sources as they are bundled.
 *
 * The engine ships in every AI page, and its word lists (terms of health, social files, judicial
 * matters, the words around names…) are about a fifth of it. In the sources they stay readable
 * text, `phraseList('maladie|maladies|…', 'radiotherapie*|…')`; in the bundle each long run of
 * such literal arguments becomes an item of one array per module, `unpackWordLists("…")`: the
 * module's runs deflated together and written in base 93 (see `inflate.ts`), decoded once when the
 * module loads. The lists mean the same either way:
 * `tests/unit/detection/packed-data.test.ts` checks every call of every engine file.
 *
 * Used by wxt.config.ts (Vite, so the extension and the unit tests) and by the bench's bundle-size
 * measure (esbuild). Not bundled: it needs TypeScript's parser and Zopfli.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { deflateToBase93 } from './deflate-for-source';
import { PACKED_SEPARATOR } from './inflate';

/** The list builders of `word-list.ts`, and the separator their entries are joined with. */
const LIST_BUILDERS: Readonly<Record<string, string>> = { wordSet: ' ', phraseSet: '|', phraseList: '|' };

/** Runs of literal text shorter than this stay as they are: deflate gains little on them. */
export const MIN_PACKED_LENGTH = 200;

const INFLATE_MODULE = resolve(dirname(fileURLToPath(import.meta.url)), 'inflate');

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
      const separator = LIST_BUILDERS[node.expression.text];
      let run: ts.StringLiteralLike[] = [];
      const flush = (): void => {
        if (run.length > 0) runs.push({ start: run[0].getStart(source), end: run[run.length - 1].end, text: run.map((literal) => literal.text).join(separator) });
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
 * `code` with its long runs of literal list arguments packed, or null when it has none. `fileName`
 * is the module's path: the import of `unpackWordLists` is written relative to it.
 */
export async function packWordLists(code: string, fileName: string): Promise<string | null> {
  const runs = literalRuns(code, fileName).filter((run) => run.text.length >= MIN_PACKED_LENGTH);
  if (runs.length === 0) return null;
  // One DEFLATE stream for the module's lists: they share words, and one inflate at load is cheaper.
  const encoded = await deflateToBase93(runs.map((run) => run.text).join(PACKED_SEPARATOR));
  if (encoded.length + 40 >= runs.reduce((sum, run) => sum + run.end - run.start, 0)) return null;
  let packed = code;
  // From the last run back, so that the offsets of the runs before it still hold.
  for (let index = runs.length - 1; index >= 0; index--) {
    packed = `${packed.slice(0, runs[index].start)}${PACKED_LISTS}[${index}]${packed.slice(runs[index].end)}`;
  }
  let path = relative(dirname(fileName), INFLATE_MODULE).split('\\').join('/');
  if (!path.startsWith('.')) path = `./${path}`;
  // Imports are bound before the module's first statement runs, so the lists are ready for all of it.
  return `import { unpackWordLists } from ${JSON.stringify(path)};\nconst ${PACKED_LISTS} = unpackWordLists(${JSON.stringify(encoded)});\n${packed}`;
}

/** The name of the module-level array of a packed module's lists. */
export const PACKED_LISTS = '__packedWordLists';

/** The engine's modules: the files this step rewrites. */
const ENGINE_FILE = /[\\/]utils[\\/]detection[\\/].+\.ts$/;

/** The step as a Vite plugin (wxt.config.ts): the extension's bundles and the unit tests. */
export function packWordListsPlugin(): { name: string; enforce: 'pre'; transform(code: string, id: string): Promise<{ code: string; map: null } | null> } {
  return {
    name: 'vigie-pack-word-lists',
    enforce: 'pre',
    async transform(code, id) {
      if (!ENGINE_FILE.test(id)) return null;
      const packed = await packWordLists(code, id);
      return packed === null ? null : { code: packed, map: null };
    },
  };
}

/** The step as an esbuild plugin (the bench's bundle-size measure). */
export function packWordListsEsbuildPlugin(): { name: string; setup(build: { onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: 'ts' }>): void }): void } {
  return {
    name: 'vigie-pack-word-lists',
    setup(build) {
      build.onLoad({ filter: ENGINE_FILE }, async ({ path }) => {
        const code = await readFile(path, 'utf8');
        return { contents: (await packWordLists(code, path)) ?? code, loader: 'ts' };
      });
    },
  };
}
