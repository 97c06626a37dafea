import { describe, expect, it } from 'vitest';
import { typedWithoutCapitals } from '@/utils/detection/capitals';

describe('typedWithoutCapitals, on a whole text', () => {
  it.each([
    'vu mme roux ce matin en vad, suivie au cmp pr une depression, rdv le 12/03',
    'transmissions nuit\n- kevin : couche 23h15, ras\n- ines m. : crise d angoisse vers 1h\nveilleurs : sandrine + yanis b',
    // A class, a plate, a capital inside a word or after an apostrophe open no word.
    'l eleve enzo 5eB a un pai pr asthme, le camion gh-412-kt est au garage, l\'ASE est prevenue, on en parle demain matin au bureau avant la reunion de service',
    '',
  ])('holds for %j', (text) => {
    expect(typedWithoutCapitals(text)).toBe(true);
  });

  it.each([
    'Mme Roux est suivie au CMP depuis janvier.',
    'Bonjour, peux-tu reformuler ce message ? Merci.',
    // One capitalised word in a short message is already one too many.
    'rappel a faire a Jeannot pr la fin de son arret',
  ])('fails for %j', (text) => {
    expect(typedWithoutCapitals(text)).toBe(false);
  });
});

describe('typedWithoutCapitals, on a part of a text', () => {
  it('looks at that part only', () => {
    const formal = 'Madame Roux, Monsieur Martin et Madame Durand sont présents. '.repeat(6);
    const typed = 'dossier ash de mr faure, entree en ehpad le 3/4, la fille est d accord pr le dossier';
    const text = `${formal}${' '.repeat(200)}${typed}`;
    const start = text.indexOf('ash');
    expect(typedWithoutCapitals(text, start - 200, start + 203)).toBe(true);
    expect(typedWithoutCapitals(text, 0, 213)).toBe(false);
    expect(typedWithoutCapitals(text)).toBe(false);
  });
});
