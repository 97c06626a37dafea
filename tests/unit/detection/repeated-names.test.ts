import { describe, expect, it } from 'vitest';
import { scan } from '@/utils/detection/engine';
import { REPEATED_NAME_SCORE, repeatedNames } from '@/utils/detection/repeated-names';

/** The repeated names `scan` reports, as the substrings of the text with their offsets. */
function repeats(text: string): [string, number][] {
  return scan(text)
    .filter((finding) => finding.detector === 'repeated-name')
    .map((finding) => [text.slice(finding.start, finding.end), finding.start]);
}

// Everything below is fictitious.
describe('repeated names: a person named in full, then by one name alone', () => {
  it('finds a first name or a surname repeated alone below the full name', () => {
    const text = "Compte rendu de l'entretien avec Chloé MASSON, 13 ans, au collège.\n\nChloé pense que sa mère ne la croit pas.\nDossier MASSON à revoir.";
    expect(repeats(text)).toEqual([
      ['Chloé', text.indexOf('Chloé pense')],
      ['MASSON', text.lastIndexOf('MASSON')],
    ]);
    const finding = scan(text).find((each) => each.detector === 'repeated-name')!;
    expect(finding).toMatchObject({ type: 'PERSON_NAME', score: REPEATED_NAME_SCORE, severity: 'medium' });
  });

  it('does not look above the first mention: a company named after a family comes first as often', () => {
    const text = 'Employeur : SARL Delbecq, boulangerie.\nMaître d\'apprentissage : M. Hervé Delbecq.\nContact Delbecq le 12/03.';
    expect(repeats(text)).toEqual([['Delbecq', text.lastIndexOf('Delbecq')]]);
  });

  it('wants the same spelling, a whole word, outside e-mail addresses and paths', () => {
    expect(repeats('Mme Sophie DUPONT a appelé. Madame Dupont rappellera.')).toEqual([]);
    expect(repeats('M. Léo Martin est venu. Léonard Vinci est un autre dossier.')).toEqual([]);
    expect(repeats('M. Léo Martin est venu. Écrire à Martin@example.fr ou voir \\\\srv\\Martin\\notes.')).toEqual([]);
    // A hyphenated compound is another name, often a place or a prize named after the person.
    expect(repeats('Marcelle Tardieu, résistante, est née à Espalion. Le prix Marcelle-Tardieu et la rue Tardieu-Roux portent son nom.')).toEqual([]);
  });

  it('does not repeat a word in capitals among other capitals, unless it is a first name', () => {
    const text = 'Mr Daniel CHILD came.\nREPORT OF THE CHILD WELFARE SERVICES. CHILD signed. DANIEL HAS LEFT.';
    const spans = repeatedNames(text, [{ start: 3, end: 15, score: 0.9 }], [{ start: 3, end: 15 }]).map(({ start, end }) => text.slice(start, end));
    expect(spans).toEqual(['CHILD']);
    expect(repeatedNames('DANIEL CHILD. REPORT DANIEL HAS LEFT.', [{ start: 0, end: 12, score: 0.9 }], [{ start: 0, end: 12 }])).toEqual([{ start: 21, end: 27 }]);
  });

  it('does not repeat grammar words or titles of a name', () => {
    const text = 'Jean DE LA FONTAINE. LA suite. DE plus. FONTAINE.';
    const spans = repeatedNames(text, [{ start: 0, end: 19, score: 0.9 }], [{ start: 0, end: 19 }]);
    expect(spans).toEqual([{ start: text.lastIndexOf('FONTAINE'), end: text.length - 1 }]);
  });

  it('takes only names found surely enough, and keeps to their neighbourhood in a long text', () => {
    const text = 'Lucas DUPRÉ. Lucas.';
    expect(repeatedNames(text, [{ start: 0, end: 11, score: 0.6 }], [{ start: 0, end: 11 }])).toEqual([]);
    expect(repeatedNames(text, [{ start: 0, end: 11, score: 0.7 }], [{ start: 0, end: 11 }])).toEqual([{ start: 13, end: 18 }]);
    const far = `Lucas DUPRÉ. ${'x '.repeat(2000)}Lucas. ${'y '.repeat(1000)}Lucas.`;
    expect(repeatedNames(far, [{ start: 0, end: 11, score: 0.9 }], [{ start: 0, end: 11 }])).toEqual([]);
    // A mention keeps the person in view: each is within reach of the one before.
    const chain = `Lucas DUPRÉ. ${'x '.repeat(600)}Lucas. ${'y '.repeat(600)}Lucas.`;
    expect(repeatedNames(chain, [{ start: 0, end: 11, score: 0.9 }], [{ start: 0, end: 11 }])).toHaveLength(2);
  });

  it('raises a name found too weakly that repeats, written the same way, a name found surely above it', () => {
    const text = '[11/03 16:24] Lemoine Arnaud (MDPH)\nle certificat est arrivé\n[11/03 16:31] Girard Stéphanie (MDPH)\n> Lemoine Arnaud : le certificat est arrivé\nparfait\n👍 Lemoine Arnaud';
    const names = scan(text).filter((finding) => finding.type === 'PERSON_NAME');
    expect(names.map((finding) => [text.slice(finding.start, finding.end), finding.score])).toEqual([
      ['Lemoine Arnaud', 0.9],
      ['Girard Stéphanie', 0.8],
      ['Lemoine Arnaud', REPEATED_NAME_SCORE],
      ['Lemoine Arnaud', REPEATED_NAME_SCORE],
    ]);
    // Not above the sure mention: a firm named after a family often comes first.
    const above = '> Lemoine Arnaud : le certificat est arrivé\n[11/03 16:24] Lemoine Arnaud (MDPH)\nok';
    expect(scan(above).filter((finding) => finding.type === 'PERSON_NAME' && finding.score >= 0.6).map((finding) => finding.start)).toEqual([above.indexOf('] Lemoine') + 2]);
  });

  it('leaves a mention inside another finding to it', () => {
    const text = 'Mme Nadia Karim a appelé. Adresse : 3 rue Nadia Boulanger, 12000 Rodez.';
    expect(repeats(text)).toEqual([]);
    expect(scan(text).some((finding) => finding.type === 'POSTAL_ADDRESS')).toBe(true);
  });
});
