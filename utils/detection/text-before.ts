/**
 * The `length` characters of `text` that end at `end` (fewer at the text's start): the window
 * that validators read for the words before a candidate. One helper rather than the same
 * `slice(Math.max(0, …))` written at every call: the engine ships in every AI page.
 */
export function textBefore(text: string, end: number, length: number): string {
  return text.slice(Math.max(0, end - length), end);
}

/** True when `regex` (anchored with `$`, as a rule) matches the `length` characters of `text` that end at `end`. */
export function testBefore(text: string, end: number, regex: RegExp, length = 40): boolean {
  return regex.test(textBefore(text, end, length));
}
