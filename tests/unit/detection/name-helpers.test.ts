import { describe, expect, it } from 'vitest';
import { foldText } from '@/utils/detection/fold';
import { labelBefore, lastWords, roleBefore } from '@/utils/detection/detectors/sensitive/_name-left-context';
import { opensQuote, REGNAL_NUMBER } from '@/utils/detection/detectors/sensitive/_name-things';
import { particleInName, particleSurnameEnd, tokenize } from '@/utils/detection/detectors/sensitive/_name-tokens';

// The helpers person-name.ts reads a candidate with, each on its own. Everything below is fictitious.

/** Tokens of a candidate as `validate` gets them: the value and the same span of the folded text. */
const tokensOf = (value: string) => tokenize(value, foldText(value));

describe('_name-tokens: a candidate read as tokens', () => {
  it.each([
    ['Mme Sophie MARTIN', [['Mme', 'title'], ['Sophie', 'cap'], ['MARTIN', 'up']]],
    ['M. Karim Benali', [['M.', 'title'], ['Karim', 'cap'], ['Benali', 'cap']]],
    // Initials, of a compound first name too; `M.` ending a run is an initial, not the title.
    ['J.-P. Martin', [['J.-P.', 'init'], ['Martin', 'cap']]],
    ['Clara M.', [['Clara', 'cap'], ['M.', 'init']]],
    // Lower-case particles are no tokens; `d'` is left out of the word it opens.
    ['Jean de la Fontaine', [['Jean', 'cap'], ['Fontaine', 'cap']]],
    ["Anne d'Almeida", [['Anne', 'cap'], ['Almeida', 'cap']]],
    // In a run in capitals, an elision before a vowel is a word of the text; `N'` before a consonant opens a surname.
    ["MME N'DIAYE", [['MME', 'title'], ["N'DIAYE", 'up']]],
    ["BUREAU D'ACCUEIL", [['BUREAU', 'up']]],
  ])('%s', (value, expected) => {
    expect(tokensOf(value).map((token) => [token.text, token.kind])).toEqual(expected);
  });

  it('gives offsets into the candidate and its folded span', () => {
    const [title, first, last] = tokensOf('Mme Élodie FAURE');
    expect([title.start, title.end, first.start, first.end, last.start, last.end]).toEqual([0, 3, 4, 10, 11, 16]);
    expect(first.folded).toBe('elodie');
  });

  it('keeps a capital particle inside a surname, not a role in capitals', () => {
    const goff = tokensOf('Yann Le Goff');
    expect(particleInName(goff, 1)).toBe(true);
    const young = tokensOf('LA JEUNE MANON');
    expect(particleInName(young, 0)).toBe(false);
  });

  it('ends a surname that opens with a particle after a title, never on a function', () => {
    expect(particleSurnameEnd(tokensOf('Madame DE LA TOUR Anne'), 1)).toBe(4);
    expect(particleSurnameEnd(tokensOf('Mme De Smet'), 1)).toBe(3);
    expect(particleSurnameEnd(tokensOf('Monsieur DE LA COMMISSION'), 1)).toBe(-1);
    expect(particleSurnameEnd(tokensOf('Mme Sophie Martin'), 1)).toBe(-1);
  });
});

describe('_name-left-context: what comes before a name', () => {
  it('reads the last words, trailing blanks and line breaks ignored', () => {
    expect(lastWords('le dossier de\nla famille  ', 3)).toEqual(['de', 'la', 'famille']);
    expect(lastWords('   ')).toEqual([]);
    // A run without blanks longer than any listed word ends the reading with an empty word.
    expect(lastWords(`voir ${'dupont;marie;'.repeat(4)}`)).toEqual(['']);
  });

  it.each([
    [['suivi', 'de', "l'enfant"], "l'enfant"],
    // The last word alone first, then the last two (`chez les Dupont`).
    [['chez', 'la', 'famille'], 'famille'],
    [['on', 'a', 'dine', 'chez', 'les'], 'chez les'],
    [['(nee'], 'nee'],
    // `dit` after a pronoun is the verb, not a nickname's.
    [['il', 'me', 'dit'], null],
    [['rendez-vous', 'avec', 'le', 'service'], null],
  ])('role before %j: %s', (words, role) => {
    expect(roleBefore(words)).toBe(role);
  });

  it.each([
    ['nom : ', 'nom'],
    ['fiche\nprenom :\t', 'prenom'],
    ['nom de naissance ', 'nom de naissance'],
    ['[10:42] ', 'interlocuteur'],
    ['le rapport conclut : ', null],
    ['la reunion avec ', null],
  ])('label before %j: %s', (before, label) => {
    expect(labelBefore(before)).toBe(label);
  });
});

describe('_name-things: names of things', () => {
  it('knows a sovereign\'s number, not a surname', () => {
    expect(['IV', 'XIV', 'Ier', 'III'].every((number) => REGNAL_NUMBER.test(number))).toBe(true);
    expect(['IVAN', 'XAVIER', 'DUPONT'].some((word) => REGNAL_NUMBER.test(word))).toBe(false);
  });

  it('sees a quote opening right before a word, past one space', () => {
    const text = 'il se fait appeler « Coco » et "Jojo"';
    expect(opensQuote(text, text.indexOf('Coco'))).toBe(true);
    expect(opensQuote(text, text.indexOf('Jojo'))).toBe(true);
    expect(opensQuote(text, text.indexOf('appeler'))).toBe(false);
  });
});
