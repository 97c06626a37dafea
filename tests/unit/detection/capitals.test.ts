import { describe, expect, it } from 'vitest';
import { textTypedWithoutCapitals, typedWithoutCapitals } from '@/utils/detection/capitals';

describe('textTypedWithoutCapitals', () => {
  it.each([
    'vu mme roux ce matin en vad, suivie au cmp pr une depression, rdv le 12/03',
    'transmissions nuit\n- kevin : couche 23h15, ras\n- ines m. : crise d angoisse vers 1h\nveilleurs : sandrine + yanis b',
    // A class, a plate, a capital inside a word or after an apostrophe open no word.
    'l eleve enzo 5eB a un pai pr asthme, le camion gh-412-kt est au garage, l\'ASE est prevenue, on en parle demain matin au bureau avant la reunion de service',
    '',
  ])('holds for %j', (text) => {
    expect(textTypedWithoutCapitals(text)).toBe(true);
  });

  it.each([
    'Mme Roux est suivie au CMP depuis janvier.',
    'Bonjour, peux-tu reformuler ce message ? Merci.',
    // One capitalised word in a short message is already one too many.
    'rappel a faire a Jeannot pr la fin de son arret',
  ])('fails for %j', (text) => {
    expect(textTypedWithoutCapitals(text)).toBe(false);
  });
});

describe('typedWithoutCapitals', () => {
  it('looks at 200 characters on each side of the span only', () => {
    const formal = 'Madame Roux, Monsieur Martin et Madame Durand sont présents. '.repeat(6);
    const typed = 'dossier ash de mr faure, entree en ehpad le 3/4, la fille est d accord pr le dossier';
    const text = `${formal}${' '.repeat(200)}${typed}`;
    const start = text.indexOf('ash');
    expect(typedWithoutCapitals(text, start, start + 3)).toBe(true);
    expect(typedWithoutCapitals(text, 10, 13)).toBe(false);
  });
});
