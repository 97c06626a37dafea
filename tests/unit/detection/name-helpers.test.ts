import { describe, expect, it } from 'vitest';
import { foldText } from '@/utils/detection/fold';
import { labelBefore, lastWords, roleBefore, wordsBeforeName } from '@/utils/detection/detectors/sensitive/_name-left-context';
import { ROLE_WORDS } from '@/utils/detection/detectors/sensitive/_name-words';
import { initialIntroduced, introducedByWord, signatureLine } from '@/utils/detection/detectors/sensitive/_name-introductions';
import { inListOfWorks, isVariety, namedAsThing, opensQuote, REGNAL_NUMBER } from '@/utils/detection/detectors/sensitive/_name-things';
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

  it('reads one word before a name after a word closing an item or a quote opening a value, five otherwise', () => {
    expect(wordsBeforeName('le pere de la famille ')).toEqual(['le', 'pere', 'de', 'la', 'famille']);
    expect(wordsBeforeName('dupont;marie;rsa;ase\ndupont;')).toEqual(['dupont;']);
    expect(wordsBeforeName('vu avec la mere, ')).toEqual(['mere,']);
    expect(wordsBeforeName('voir (annexe)\n')).toEqual(['(annexe)']);
    // The quotes of SQL values and of lists in code; an elided article is a word.
    expect(wordsBeforeName("values ('dupont', '")).toEqual(["'"]);
    expect(wordsBeforeName("insert into t values ('")).toEqual(["('"]);
    expect(wordsBeforeName("le dossier de l'")).toEqual(['le', 'dossier', 'de', "l'"]);
    expect(wordsBeforeName("voir les values('")).toEqual(['voir', 'les', "values('"]);
    // What the other four words could have said: no role ends an item (roleBefore reads `famille;` as none).
    expect([...ROLE_WORDS].filter((role) => /[,;)]$|(?:^| )\(?'$/.test(role))).toEqual([]);
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

  it('reads a variety after its plant, and a potato\'s without quotes', () => {
    const rose = "Commande : rosier grimpant 'Pierre de Ronsard' x2";
    const at = rose.indexOf('Pierre');
    expect(isVariety(rose, foldText(rose), at, rose.indexOf("'", at))).toBe(true);
    const potato = 'Au menu : pommes de terre Charlotte';
    expect(isVariety(potato, foldText(potato), potato.indexOf('Charlotte'), potato.length)).toBe(true);
    const person = "Rendez-vous avec 'Pierre Durand' demain";
    const from = person.indexOf('Pierre');
    expect(isVariety(person, foldText(person), from, person.indexOf("'", from))).toBe(false);
  });

  it('reads a work listed with its characters, not a person in a list', () => {
    const works = '- « Les Misérables » : Jean Valjean, Cosette';
    expect(inListOfWorks(works, foldText(works), works.indexOf('Cosette'), works.length)).toBe(true);
    const people = '- Présents : Jean Valjean, Cosette';
    expect(inListOfWorks(people, foldText(people), people.indexOf('Cosette'), people.length)).toBe(false);
  });

  it('reads a first name that the text names as a thing anywhere', () => {
    expect(namedAsThing(foldText('Le chatbot Margot a répondu. Puis Margot a proposé un lien.'), 'margot')).toBe(true);
    expect(namedAsThing(foldText("Margot a appelé le service hier pour son fils."), 'margot')).toBe(false);
  });
});

describe('_name-introductions: what makes an initial and a surname a person', () => {
  /** `introducedByWord` at the initial of `text`'s `name`. */
  const introduced = (text: string, name: string) => introducedByWord(foldText(text), text.indexOf(name));

  it.each([
    ['Compte rendu rédigé par J. Dupont', 'J. Dupont', true],
    ['Présents : S. Durand', 'S. Durand', true],
    ['Fait le 13/03/2026 – L. Castaing', 'L. Castaing', true],
    ['La présidente, O. Renaudin', 'O. Renaudin', true],
    // A heading's letter, and lettered choices, introduce no one.
    ['Plan\nB. Enjeux du projet', 'B. Enjeux', false],
    ['Réponses : A. Accord, B. Refus', 'A. Accord', false],
  ])('%s', (text, name, expected) => {
    expect(introduced(text, name)).toBe(expected);
  });

  it('carries the introduction along a list of initials and surnames', () => {
    const text = 'Présents : J. Martin, S. Durand, P. Lefèvre';
    expect(initialIntroduced(text, foldText(text), text.indexOf('P. Lefèvre'))).toBe(true);
    const plain = 'Voir J. Martin, S. Durand, P. Lefèvre';
    expect(initialIntroduced(plain, foldText(plain), plain.indexOf('P. Lefèvre'))).toBe(true);
    const heading = 'Sommaire\nA. Contexte, B. Enjeux';
    expect(initialIntroduced(heading, foldText(heading), heading.indexOf('B. Enjeux'))).toBe(false);
  });

  it('sees a signature line under a closing formula or above a quoted reply', () => {
    const mail = 'Merci pour votre retour.\nCordialement,\nNathalie Roux\n';
    const start = mail.indexOf('Nathalie');
    expect(signatureLine(mail, foldText(mail), start, mail.indexOf('\n', start))).toBe(true);
    const reply = 'Je transmets.\nNathalie\n\n> Le 3 mars, Paul a écrit :';
    const at = reply.indexOf('Nathalie');
    expect(signatureLine(reply, foldText(reply), at, reply.indexOf('\n', at))).toBe(true);
    const body = 'Bonjour,\nNathalie viendra demain.\nBonne journée';
    const from = body.indexOf('Nathalie');
    expect(signatureLine(body, foldText(body), from, body.indexOf('\n', from))).toBe(false);
  });
});
