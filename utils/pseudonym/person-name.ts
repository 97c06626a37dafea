import { isFirstName } from '@/utils/detection/data/first-names-fr';
import { foldText } from '@/utils/detection/fold';

/** A person's name reduced to what identifies them: folded family name and first name, when known. */
export interface PersonKey {
  readonly family: string | null;
  readonly first: string | null;
}

const TITLES = new Set(['m', 'mr', 'mme', 'mmes', 'mlle', 'melle', 'mle', 'madame', 'monsieur', 'mademoiselle', 'dr', 'docteur', 'me', 'maitre', 'pr', 'professeur']);

const isUpperWord = (word: string) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/**
 * Splits a person name into first and family name. Titles (`Mme`, `M.`, `Madame`) are dropped;
 * a word in capitals is the family name (`DUBOIS Nathalie`); otherwise a listed first name at
 * either end is the first name; otherwise the first word is. One word alone is a family name
 * unless it is a listed first name (`Nathalie`). Brackets are dropped (`DUBOIS (Nathalie)`).
 */
export function personKey(name: string): PersonKey {
  const words = name
    .split(/[\s,]+/)
    .map((word) => word.replace(/^[.'’()]+|[.'’()]+$/g, ''))
    .filter((word) => word && !TITLES.has(foldText(word)));
  if (words.length === 0) return { family: null, first: null };
  const fold = (parts: readonly string[]) => foldText(parts.join(' ')).replace(/[’']/g, "'").replace(/\s*-\s*/g, '-');
  if (words.length === 1) {
    const only = fold(words);
    return !isUpperWord(words[0]) && isFirstName(only) ? { family: null, first: only } : { family: only, first: null };
  }
  const upper = words.map(isUpperWord);
  if (upper.some(Boolean) && !upper.every(Boolean)) {
    return { family: fold(words.filter((_, i) => upper[i])), first: fold(words.filter((_, i) => !upper[i])) };
  }
  const firstIsName = isFirstName(foldText(words[0]));
  const lastIsName = isFirstName(foldText(words[words.length - 1]));
  if (!firstIsName && lastIsName) return { family: fold(words.slice(0, -1)), first: fold(words.slice(-1)) };
  return { first: fold(words.slice(0, 1)), family: fold(words.slice(1)) };
}
