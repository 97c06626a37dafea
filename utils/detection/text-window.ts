/**
 * The windows of text that validators read around a candidate: the words before it, after it,
 * on both sides. One helper each rather than the same `slice(Math.max(0, …))` written at every call:
 * the engine ships in every AI page.
 */
import { isSpaceOrTab } from './char-codes';

/** The `length` characters of `text` that end at `end` (fewer at the text's start). */
export const textBefore = (text: string, end: number, length: number): string => text.slice(Math.max(0, end - length), end);

/** True when `regex` (anchored with `$`, as a rule) matches the `length` characters of `text` that end at `end`. */
export const testBefore = (text: string, end: number, regex: RegExp, length = 40): boolean => regex.test(textBefore(text, end, length));

/**
 * Where the match of `regex` (anchored with `$`) that ends at `end` starts, read over at most
 * `length` characters and none before `minStart`; -1 when it does not match. A detector's
 * `candidateStart` steps back with it from its anchor to what precedes (a name before an age).
 */
export const matchStartBefore = (text: string, end: number, regex: RegExp, length: number, minStart: number): number => {
  const match = regex.exec(text.slice(Math.max(minStart, end - length), end));
  return match === null ? -1 : end - match[0].length;
};

/** The `length` characters of `text` that start at `start` (fewer at the text's end). */
export const textAfter = (text: string, start: number, length: number): string => text.slice(start, start + length);

/** True when `regex` (anchored with `^`, as a rule) matches the `length` characters of `text` that start at `start`. */
export const testAfter = (text: string, start: number, regex: RegExp, length = 40): boolean => regex.test(textAfter(text, start, length));

/** True when `regex` matches the text around [start, end), `lengthBefore` and `lengthAfter` characters on each side. */
export const testAround = (text: string, start: number, end: number, regex: RegExp, lengthBefore: number, lengthAfter: number): boolean => regex.test(text.slice(Math.max(0, start - lengthBefore), end + lengthAfter));

/**
 * Where the spaces before `at` end: the index of the last character before it that is not a space,
 * or -1. What comes before a word (`M Dupont`, `dit « Tatave »`) is read past the spaces typed before it.
 */
export const lastNonSpace = (text: string, at: number): number => {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  return k;
};

/** Where the blanks (spaces and tabs) before `at` end: the index of the last character before it that is neither, or -1. */
export const lastNonBlank = (text: string, at: number): number => {
  let k = at - 1;
  while (k >= 0 && isSpaceOrTab(text.charCodeAt(k))) k--;
  return k;
};

/** Where the spaces from `at` on end: the index of the first character from `at` on that is not a space (the text's length at its end). */
export const firstNonSpace = (text: string, at: number): number => {
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  return at;
};

/** Whether `text[from, to)` fills a whole `« … »` quotation, spaces aside: a work's title (`« Madame Bovary »`, `« 36 Quai des Orfèvres »`). */
export const fillsQuotation = (text: string, from: number, to: number): boolean => text.charCodeAt(lastNonSpace(text, from)) === 0xab && text.charCodeAt(firstNonSpace(text, to)) === 0xbb;
