/**
 * A value read once per text: `perText(build)` returns a reader that builds the value for a text
 * the first time it is asked about it, and then hands the same value back while that text is the
 * one asked about. Checks that run at each candidate and would read the whole text (where `values`
 * stands, the dotted numbers opening lines) or remember answers about it (the items of a list) use
 * it: a list repeats its items thousands of times, and each would otherwise cost a pass over the text.
 *
 * Only the last text is kept: the engine scans one text at a time. The caller's string is kept even
 * when an equal one came before, so that later calls compare pointers rather than contents.
 */
export const perText = <T>(build: (text: string) => T): ((text: string) => T) => {
  let last: string | null = null;
  let value!: T;
  return (text) => {
    if (last !== text) value = build(text);
    last = text;
    return value;
  };
};
