/**
 * Word lists written as text: `wordSet('janvier fevrier mars', 'lundi mardi')` is the set of those
 * words, one argument per line of the source. The engine ships in every AI page, and a list written
 * as an array of strings costs two quotes and a comma per entry in the bundle. Entries of several
 * words go to `phraseSet` and `phraseList`, separated by `|` (`phraseSet("nom de naissance|nom d'usage")`).
 */
export function wordSet(...lines: string[]): Set<string> {
  return new Set(lines.join(' ').split(' '));
}

export function phraseSet(...lines: string[]): Set<string> {
  return new Set(lines.join('|').split('|'));
}

export function phraseList(...lines: string[]): string[] {
  return lines.join('|').split('|');
}
