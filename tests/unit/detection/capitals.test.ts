import { describe, expect, it } from 'vitest';
import { typedWithoutCapitals } from '@/utils/detection/capitals';

describe('typedWithoutCapitals, on a whole text', () => {
  it.each([
    'vu mme roux ce matin en vad, suivie au cmp pr une depression, rdv le 12/03',
    'transmissions nuit\n- kevin : couche 23h15, ras\n- ines m. : crise d angoisse vers 1h\nveilleurs : sandrine + yanis b',
    // A class, a plate, a capital inside a word or after an apostrophe open no word.
    'l eleve enzo 5eB a un pai pr asthme, le camion gh-412-kt est au garage, l\'ASE est prevenue, on en parle demain matin au bureau avant la reunion de service',
    // A chat export: the phone capitalises the senders' names, not what they typed.
    '[17/01/2026 21:47:12] Sandrine Morel: slt, appel gendarmerie, une gamine trouvee seule a la gare\n[17/01/2026 21:52:03] Thierry G: ok je previens le cadre',
    '18/01/2026 07:44 - Mel Aide Dom: oh non\n[10:02] Ines Barbier : bagarre dans la cour',
    'Aurélie Mercier  08:05\nmardi : famille benali, 2e enfant\n\nThomas Mdph — 09:05\nok pour garnier\n\nNanou 🌸 · 17/02 19:12\nbonsoir, léa est rentrée',
    '',
  ])('holds for %j', (text) => {
    expect(typedWithoutCapitals(text)).toBe(true);
  });

  it.each([
    'Mme Roux est suivie au CMP depuis janvier.',
    'Bonjour, peux-tu reformuler ce message ? Merci.',
    // One capitalised word in a short message is already one too many.
    'rappel a faire a Jeannot pr la fin de son arret',
    // A capital before a colon that follows no chat header is in the message.
    'ok Nathalie: je passe demain',
  ])('fails for %j', (text) => {
    expect(typedWithoutCapitals(text)).toBe(false);
  });
});

describe('typedWithoutCapitals, in a copied chat', () => {
  const chat = (lines: string[]): string => lines.map((line, index) => `12/03/2026 21:${40 + index} - Nadia Ferhat: ${line}`).join('\n');

  it('leaves the services\' acronyms aside when three lines or more open with a chat header', () => {
    expect(typedWithoutCapitals(chat(['IP reçue pour kenzo, on saisit le JE ?', 'ok, voir avec la CRIP', 'AED ou OPP ?']))).toBe(true);
  });

  it('still counts capitalised words there, and acronyms elsewhere', () => {
    expect(typedWithoutCapitals(chat(['IP reçue pour Kenzo Lefranc, on saisit le JE ?', 'ok, voir avec Nadège', 'AED ou OPP ?']))).toBe(false);
    expect(typedWithoutCapitals('IP reçue pour kenzo, on saisit le JE ? voir avec la CRIP. AED ou OPP ?')).toBe(false);
  });
});

describe('typedWithoutCapitals, typed on a phone', () => {
  it('leaves aside the capitals the keyboard puts at sentence and line starts, when the text holds text-message shorthand', () => {
    expect(typedWithoutCapitals('Vad faite chez oceane martins ajd, bb nolan va bien. Maman fatiguee.\nPeux tu m aider a rediger la transmission pr le dr faure stp')).toBe(true);
  });

  it('counts them in a text without such shorthand, and counts capitals inside sentences', () => {
    expect(typedWithoutCapitals('Vad faite chez oceane martins, bb nolan va bien. Maman fatiguee.\nPeux tu m aider a rediger la transmission pour le dr faure ?')).toBe(false);
    expect(typedWithoutCapitals('Vad faite chez Oceane Martins ajd, bb Nolan va bien. Maman fatiguee.\nPeux tu m aider pr le Dr Faure stp')).toBe(false);
  });

  it('reads shorthand as whole words only, after accented letters, digits and apostrophes too', () => {
    const note = (words: string) => typedWithoutCapitals(`Vad faite chez oceane martins ${words}, bb nolan va bien. Maman fatiguee.\nPeux tu m aider a rediger la transmission`);
    expect(note('ajd pr')).toBe(true);
    for (const glued of ['éajd épr', '2ajd 2pr', "l'ajd l'pr", 'ajdé prx', 'prajd acpr']) expect(note(glued), glued).toBe(false);
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

  it('counts the shorthand that starts in that part, though it ends past it, and none that starts past it', () => {
    const typed = 'Vad faite ajd chez oceane martins, bb nolan va bien. Maman fatiguee.\nPeux tu m aider a rediger la transmission ';
    const text = `${typed}stp merci. ${'Madame Roux et Monsieur Martin sont présents. '.repeat(20)}`;
    expect(typedWithoutCapitals(text, 0, typed.length + 1)).toBe(true);
    expect(typedWithoutCapitals(text, 0, typed.length)).toBe(false);
  });
});
