/**
 * The bench's 4 KB prompts and its warm-up, shared by `npm run bench` (a) and
 * `npm run bench:instructions`, so that both measure the same texts after the same warm-up.
 */
import type { CorpusEntry } from '../eval/build-corpus';

/**
 * Passes over the prompts before the measured ones, in `npm run bench` (a) and in
 * `npm run bench:instructions`. V8 goes on compiling the engine's code (its validators run a few
 * times a prompt) over the first passes: on this project's 2-core machine, the median of each pass
 * fell until the fifth or sixth and then held (3.0, 2.4, 2.3, 1.9, 1.9, 1.7, 1.6, 1.6… ms in one
 * run; the bench prints its own), and valgrind counted 14.4 M instructions a scan after two passes,
 * 12.5 M after four, 10.1 M after six and 10.2 M after eight. With fewer, the measured passes
 * measured the compiler too. The first sends are timed in the bench's (f).
 */
export const WARM_UP_PASSES = 6;

/** Small deterministic PRNG (mulberry32) so that every run benches the same prompts. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cuts at `length` UTF-16 units without splitting a surrogate pair. */
export function cut(text: string, length: number): string {
  let end = Math.min(length, text.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/** ~200 prompts of 4 KB, each a different random mix of corpus prompts (clean and labelled). */
export function buildPrompts(entries: readonly CorpusEntry[], count = 200, size = 4096): string[] {
  const random = prng(20_250_314);
  const prompts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length < size) text += (text ? '\n\n' : '') + entries[Math.floor(random() * entries.length)].text;
    prompts.push(cut(text, size));
  }
  return prompts;
}
