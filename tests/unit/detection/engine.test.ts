import { describe, expect, it } from 'vitest';
import { defineDetector, typeSeverity } from '@/utils/detection/define-detector';
import { FINDING_TYPES } from '@/utils/detection/types';
import { scan, TextTooLongError } from '@/utils/detection/engine';
import { defaultVerdict } from '@/utils/guard/verdict';

const digits = defineDetector({
  id: 'test-digits',
  type: 'CUSTOM',
  severity: 'low',
  pattern: /\d{4}/g,
  baseScore: 0.5,
  keywords: ['code'],
  priority: 10,
});
const longDigits = defineDetector({ ...digits, id: 'test-long-digits', type: 'NIR', pattern: /\d{8}/g, priority: 90 });

describe('scan', () => {
  it('returns offsets into the original text, never the value', () => {
    const text = 'a\u200B1234 b';
    const [finding] = scan(text, { detectors: [digits] });
    expect(text.slice(finding.start, finding.end)).toBe('1234');
    expect(Object.keys(finding).sort()).toEqual(['detector', 'end', 'score', 'severity', 'start', 'type']);
  });

  it('raises the score when a context word is near', () => {
    expect(scan('1234', { detectors: [digits] })[0].score).toBe(0.5);
    expect(scan('code 1234', { detectors: [digits] })[0].score).toBe(0.65);
  });

  it('keeps the higher-priority finding where spans overlap', () => {
    const found = scan('12345678', { detectors: [digits, longDigits] });
    expect(found.map((finding) => finding.detector)).toEqual(['test-long-digits']);
  });

  it('keeps a lesser finding whose only better neighbour lost to a third one, and returns them by position', () => {
    const span = (id: string, pattern: RegExp, priority: number) => defineDetector({ ...digits, id, pattern, priority });
    // defgh overlaps both others; ghijkl beats it, so abcde no longer overlaps anything kept.
    const chain = [span('test-abcde', /abcde/g, 10), span('test-ghijkl', /ghijkl/g, 90), span('test-defgh', /defgh/g, 50)];
    const found = scan('abcdefghijkl mnopq abcde', { detectors: chain });
    expect(found.map((finding) => [finding.detector, finding.start])).toEqual([
      ['test-abcde', 0],
      ['test-ghijkl', 6],
      ['test-abcde', 19],
    ]);
  });

  it('reads the header of a two-column CSV as context far below it', () => {
    // `CNI` needs a context word; the header is the only one, more than 60 characters above most rows.
    const rows = ['Nom;CNI', ...Array.from({ length: 12 }, (_, i) => `Agent${i};X4RTBPF${10 + i}`)];
    const found = scan(rows.join('\n')).filter((finding) => finding.type === 'ID_DOCUMENT');
    expect(found).toHaveLength(12);
  });

  it('filters by type and minimum score', () => {
    expect(scan('1234', { detectors: [digits], types: ['EMAIL'] })).toEqual([]);
    expect(scan('1234', { detectors: [digits], minScore: 0.6 })).toEqual([]);
  });

  it('refuses texts above the length cap so that callers fail closed', () => {
    expect(() => scan('x'.repeat(11), { maxLength: 10 })).toThrow(TextTooLongError);
  });

  it('returns nothing for an empty text', () => {
    expect(scan('')).toEqual([]);
  });

  it('runs a detector that lists where its matches may start at those positions only, or over the whole text when it lists null', () => {
    const startsOf = (startsAt: (text: string) => readonly number[] | null) =>
      scan('1234 5678 9012', { detectors: [defineDetector({ ...digits, startsAt })] }).map((finding) => finding.start);
    expect(startsOf(() => [5])).toEqual([5]);
    expect(startsOf(() => [6, 10])).toEqual([10]);
    expect(startsOf(() => [])).toEqual([]);
    expect(startsOf(() => null)).toEqual([0, 5, 10]);
  });

  it('gives a scan started by a validator its own copy of a pattern, and finds everything again after a validator threw', () => {
    // The inner scan runs the same detector on the same pattern while the outer one is between two matches.
    let depth = 0;
    let calls = 0;
    const nested = defineDetector({
      ...digits,
      id: 'test-nested',
      validate: (value) => {
        // Sharing the outer scan's copy would send it back to the text's start, again and again.
        if (++calls > 20) throw new Error('the outer scan lost its place');
        if (depth > 0) return true;
        depth++;
        const inner = scan(`${value} ${value}`, { detectors: [nested] }).length;
        depth--;
        return inner === 2;
      },
    });
    expect(scan('1234 5678 9012', { detectors: [nested] }).map((finding) => finding.start)).toEqual([0, 5, 10]);

    let throwing = true;
    const fragile = defineDetector({
      ...digits,
      id: 'test-fragile',
      validate: () => {
        if (throwing) throw new Error('validator failed');
        return true;
      },
    });
    expect(() => scan('1234 5678', { detectors: [fragile] })).toThrow('validator failed');
    throwing = false;
    expect(scan('1234 5678', { detectors: [fragile] }).map((finding) => finding.start)).toEqual([0, 5]);
    expect(scan('9012', { detectors: [fragile] }).map((finding) => finding.start)).toEqual([0]);
  });
});

describe('severity', () => {
  it('is defined for every type, and a detector that states none takes its type\'s', () => {
    for (const type of FINDING_TYPES) expect(typeSeverity(type), type).toMatch(/^(?:info|low|medium|high|critical)$/);
    expect(typeSeverity('IBAN')).toBe('critical');
    const plain = defineDetector({ id: 'test-plain', type: 'PHONE', pattern: /\d{10}/g, baseScore: 0.5 });
    expect(plain.severity).toBe('medium');
    expect(scan('0639981234', { detectors: [plain] })[0].severity).toBe('medium');
    expect(defineDetector({ ...plain, severity: 'low' }).severity).toBe('low');
  });
});

describe('prefilter needles and keywords', () => {
  const labelled = defineDetector({
    ...digits,
    id: 'test-labelled',
    keywords: ['code postal'],
    requiresContext: true,
    prefilter: ['code postal'],
  });

  it('read a space as any run of spaces and tabs, as patterns do between words', () => {
    for (const text of ['code postal 1234', 'code  postal 1234', 'code\tpostal 1234', 'CODE \t POSTAL : 1234']) {
      expect(scan(text, { detectors: [labelled] }).map((finding) => finding.detector), JSON.stringify(text)).toEqual(['test-labelled']);
    }
    // Long texts search needles without the short-text shortcut.
    expect(scan(`${'x '.repeat(40_000)}code \t postal 1234`, { detectors: [labelled] })).toHaveLength(1);
  });

  it('still need the words themselves', () => {
    for (const text of ['codepostal 1234', 'code-postal 1234', 'code\npostal 1234', 'code 1234']) expect(scan(text, { detectors: [labelled] }), JSON.stringify(text)).toEqual([]);
  });
});

/** The values `detector` reports in `text` (full scan). */
function valuesFound(text: string, detector: string): string[] {
  return scan(text)
    .filter((finding) => finding.detector === detector)
    .map((finding) => text.slice(finding.start, finding.end));
}

// Values that used to be missed: hidden by a prefilter needle (found by the prefilter test in
// detectors.contract.test.ts), or pasted in a shape the positive examples did not cover.
describe('a number after `N° de …` that is no phone line', () => {
  const phoneScore = (text: string) => scan(text).find((finding) => finding.type === 'PHONE')?.score;
  it('is below the policy threshold after a numbered thing, and a phone after a phone label', () => {
    expect(phoneScore("N° d'engagement juridique : 0100045872 – mandat n° 2025-004512")).toBeLessThan(0.5);
    expect(phoneScore('n° de bon : 0536491388')).toBeLessThan(0.5);
    expect(phoneScore('réparation lame, bon de réception n° 0412883519 — 1 204,00 €')).toBeLessThan(0.5);
    expect(phoneScore('engagement juridique n° 0412558837 pour la location du barnum')).toBeLessThan(0.5);
    expect(phoneScore('réservoir de Puech-Mourgue (code PSV 0120003312), E. coli 0/100 mL')).toBeLessThan(0.5);
    expect(phoneScore('Poste n° 0420003157 – Direction des ressources humaines')).toBeLessThan(0.5);
    expect(phoneScore('location paddle : devis n° 0412785530 du 03/06, 210,00 € TTC')).toBeLessThan(0.5);
    // A column of references: a building's tax invariant, a library's bar codes.
    expect(phoneScore('code_bien;commune;invariant;surface\nBAT-0027;Espalion;0760334918;1 120')).toBeLessThan(0.5);
    expect(phoneScore('Lecteur\tCode-barres\tÉtat\nMARTY Éloïse\t0460012873\tperdu')).toBeLessThan(0.5);
    expect(phoneScore('Nom;Téléphone;Code\nMARTY Éloïse;0460012873;A12')).toBeGreaterThanOrEqual(0.7);
    expect(phoneScore('joignable au poste 06 39 98 12 34')).toBeGreaterThanOrEqual(0.7);
    expect(phoneScore('livraison : 06 39 98 12 34')).toBeGreaterThanOrEqual(0.7);
    expect(phoneScore('N° de téléphone : 05 36 49 13 88')).toBeGreaterThanOrEqual(0.7);
    expect(phoneScore('N° de portable : 06 39 98 12 34')).toBeGreaterThanOrEqual(0.7);
  });
});

describe('values missed before', () => {
  const github = `github_pat_11VIGIE0SYNTH0TEST0001_${'q8Lr2ZxW0bN5mT7yK3vC9hJ4dF6sA1pG0eR8uY2iO5wQ3zX7cV4nM6bLk1j'}`;
  it.each([
    ['a fine-grained GitHub token alone (needle `gh`)', `Voici le jeton ${github} à révoquer`, 'github-token', github],
    ['a Wi-Fi key written with its hyphen (needle `wifi`)', 'clé wi-fi : Xk9#mP2vQ', 'password-assignment', 'Xk9#mP2vQ'],
    ['a network security key (no needle at all)', 'clé de sécurité réseau : Xk9#mP2vQ', 'password-assignment', 'Xk9#mP2vQ'],
    ['a birth date after `né  le` with two spaces (needle and keyword `ne le`)', 'Marc, né  le 12/03/1980 à Rodez', 'birth-date', '12/03/1980'],
    ['a password after `net  use` with two spaces (needle `net use`)', 'net  use Z: \\\\srv\\partage /user:CD12\\jdupont Xk9#mP2vQ', 'password-assignment', 'Xk9#mP2vQ'],
    ['a password in a JSON log line', '{"event":"login","payload":"{\\"user\\":\\"jdupont\\",\\"password\\":\\"Zx9!pq-Synth\\"}"}', 'password-assignment', 'Zx9!pq-Synth'],
    ['a marking in Markdown bold', '**Confidentiel - ne pas diffuser**\nNote au DGS', 'confidential', 'Confidentiel - ne pas diffuser'],
    ['a marking with its instruction mid-sentence', 'Voici la note, confidentiel - ne pas diffuser, à résumer', 'confidential', 'confidentiel - ne pas diffuser'],
    ['an allocataire number on the line under its label', 'Famille MARTIN\nN° allocataire CAF :\n1234567', 'fr-caf-number', '1234567'],
    ['a title and a name in capitals', 'OBJET : DOSSIER DE MME LEROY', 'person-name', 'LEROY'],
    ['an address with no house number, its building and flat', 'Mme Costes, Résidence les Tilleuls, Bât B, Appt 12, 12000 Rodez', 'postal-code-town', 'Résidence les Tilleuls, Bât B, Appt 12, 12000 Rodez'],
    ['a rural address after `Adresse :`', 'Adresse : Le Bourg, 12390 Rignac', 'postal-code-town', 'Le Bourg, 12390 Rignac'],
    ["a birth date an OCR read with O for 0", 'Attestation : Mme Dupont, née le 18/O3/1957 à Toulouse', 'birth-date', '18/O3/1957'],
    ["a phone an OCR read with O for 0 and l for 1", 'Tél. : O6 39 98 O4 6l', 'phone', 'O6 39 98 O4 6l'],
    ["a surname in capitals an OCR read with l for I", 'Locataire : Mme Fatoumata DlALLO', 'person-name', 'Fatoumata DlALLO'],
    ['an IBAN cut by the line end of a PDF copy', 'Merci de préparer le virement pour la famille sur le compte FR76 3000 4001\n2300 0123 4567 843 avant vendredi.', 'iban', 'FR76 3000 4001\n2300 0123 4567 843'],
    ['a term cut by a line end', 'Mme Durand nous informe que son fils a été placé samedi soir en garde\nà vue au commissariat.', 'judicial', 'garde\nà vue'],
    ['a health term about a person written in capitals', 'MME LEROY PERÇOIT LA PCH DEPUIS 2020', 'health', 'PCH'],
    ['the name, not the verb, after a title in capitals', 'MME LEROY PERÇOIT LA PCH DEPUIS 2020', 'person-name', 'LEROY'],
    ['the name, not the verb after it, when the surname is also a first name', 'MME FABRE DOIT ÊTRE HOSPITALISÉE POUR UNE FRACTURE DU COL DU FÉMUR', 'person-name', 'FABRE'],
    ['a broken bone in capitals', 'MME FABRE DOIT ÊTRE HOSPITALISÉE POUR UNE FRACTURE DU COL DU FÉMUR', 'health', ['HOSPITALISÉE', 'FRACTURE DU COL']],
    ['an inflected term in capitals (`hospitalisé~`)', 'MME LEROY EST HOSPITALISÉE DEPUIS LUNDI', 'health', 'HOSPITALISÉE'],
    ['a health term about a person typed in lower case', 'mme martin suit un traitement antidépresseur', 'health', 'traitement antidépresseur'],
    ['an acronym typed in lower case', 'm. dupont perçoit la pch depuis 2020', 'health', 'pch'],
    ['a social-case term about a person typed in lower case', "mon fils lucas est placé à l'ase", 'social-case', "placé à l'ase"],
    ['a name after a label, then the next label', 'nom : bouzid prénom : samira', 'person-name-lower-case', ['bouzid', 'samira']],
    ['names in list items', '• Nom : CALMELS\n• Prénom : Simone', 'person-name', ['CALMELS', 'Simone']],
    ['a marking opening a list item', '- Confidentiel : la note au DGS', 'confidential', 'Confidentiel'],
    ['a health term with a PDF ligature', 'Mme Durand souffre d’une insu\ufb03sance cardiaque', 'health', 'insu\ufb03sance cardiaque'],
    ['a phone number with a direction mark (WhatsApp, Outlook)', 'Rappelez Mme Durand au 06\u200e 12 34 56 78', 'phone', '06\u200e 12 34 56 78'],
    ['a phone number in HTML source', '<p>T&eacute;l. : 06&nbsp;12&nbsp;34&nbsp;56&nbsp;78</p>', 'phone', '06&nbsp;12&nbsp;34&nbsp;56&nbsp;78'],
    ['a name in a JSON log line', '{"usager": "Mme H\\u00e9l\\u00e8ne Durand"}', 'person-name', 'H\\u00e9l\\u00e8ne Durand'],
    ['a case note that opens on a first name', "Lucas (12/03/2015) est suivi par l'ASE", 'social-case', "suivi par l'ASE"],
    ['names in JSON', '{"nom": "DUPONT", "prenom": "Marie", "ville": "Rodez"}', 'person-name', ['DUPONT', 'Marie']],
    ['names under camelCase keys', '{"lastName": "Dupont", "firstName": "Marie"}', 'person-name', ['Dupont', 'Marie']],
    ['names in XML', '<usager><nom>DUPONT</nom><prenom>Marie</prenom></usager>', 'person-name', ['DUPONT', 'Marie']],
    ['names in quoted CSV cells', '"Nom";"Prénom";"Naissance"\n"DUPONT";"Marie";"12/03/1980"', 'person-name', ['DUPONT', 'Marie']],
    ['a phone number in a URL query', 'https://crm.example.fr/fiche?id=12&tel=0612345678', 'phone', '0612345678'],
    ['an e-mail address typed with spaces around @', 'écris à jean.dupont @ gmail.com', 'email', 'jean.dupont @ gmail.com'],
    ['an e-mail address in a URL copied from a browser', 'https://crm.example.fr/recherche?email=jean.dupont%40gmail.com&page=2', 'email', 'jean.dupont%40gmail.com'],
    ['names between the fields of a URL query', 'https://crm.example.fr/fiche?id=3&nom=Dupont&prenom=Marie&page=2', 'person-name', ['Dupont', 'Marie']],
    ['the name, not `veuve`, after a widow\'s title', 'Je transmets le dossier de Madame veuve Lacombe ; madame veuve durand aussi', 'person-name-lower-case', ['durand']],
    ['names and an allocataire number in an HTML table', '<table>\n<tr><th>Nom</th><th>Prénom</th><th>N° allocataire</th></tr>\n<tr><td>DUPONT</td><td>Marie</td><td>1234567</td></tr>\n</table>', 'person-name', ['DUPONT', 'Marie']],
    ['an allocataire number under its header in an HTML table', '<tr><th>Nom</th><th>N° allocataire</th></tr><tr><td>Voirie</td><td>1234567</td></tr>', 'fr-caf-number', '1234567'],
    ['names in a two-column CSV', 'Nom;Prénom\nDUPONT;Marie', 'person-name', ['DUPONT', 'Marie']],
    ['both lines of an old CNI whose given names fill their 14 characters (no `<<` on line 2)', 'IDFRABOUSQUET<<<<<<<<<<<<<<<<<122031\n1506122014574LAETITIA<ANNE<7511057F2', 'mrz', ['IDFRABOUSQUET<<<<<<<<<<<<<<<<<122031', '1506122014574LAETITIA<ANNE<7511057F2']],
    ['names typed in lower case in an API response and an export', '[{"id": 1041, "nom": "lacombe", "prenom": "régis"}]\nclasse;nom;prénom\n4b;roques;théo', 'person-name-field', ['lacombe', 'régis', 'roques', 'théo']],
    ['an allocataire number under its SQL column', "INSERT INTO beneficiaire (nom, ddn, num_caf)\nVALUES\n('SOULIÉ', '1984-06-02', '5120984'),\n('MARTIN', '1990-01-03', '6039471');", 'fr-caf-number', ['5120984', '6039471']],
    ['an allocataire number in a two-column CSV', 'Famille;N° allocataire\nM. et Mme X;1234567', 'fr-caf-number', '1234567'],
    ['the name, not the verb of the request before it', 'Contacte Karim Benali demain, puis Remercie Marie Dupont', 'person-name', ['Karim Benali', 'Marie Dupont']],
    ['an allocataire number and a birth date in a fixed-width table', 'NOM       PRENOM   NE(E) LE      N° ALLOCATAIRE\nDUPONT    Marie    12/03/1980    1234567\nMARTIN    Paul     01/02/1975    7654321', 'fr-caf-number', ['1234567', '7654321']],
    ['birth dates in a table turned on its side, its row headed by the label', 'Champ\tVéhicule A\tVéhicule B\nDate de naissance\t09/05/1971\t30/11/1994', 'birth-date', ['09/05/1971', '30/11/1994']],
        ['a phone number after a date in a fixed-width table', 'Nom       Naissance     Téléphone\nMARQUÈS   14/06/1990    06 39 98 41 07\nNGUYEN    02/01/1985    07 81 55 20 13', 'phone', ['06 39 98 41 07', '07 81 55 20 13']],
    ['names on the dot leaders of a filled form', 'Nom : ....................... DUPONT\nPrénom………………… Marie\nNé(e) le : __________ 12/03/1980', 'person-name', ['DUPONT', 'Marie']],
    ['acronyms of dependency and disability typed in lower case where they cannot be words', 'mme fabre est en gir 2, touche son aah et son fils est refusé en ime', 'health', ['gir 2', 'aah', 'ime']],
    ['a passport of another country', 'Mrs. Anna Kowalska, Polish citizen, passport EK1234567, requests asylum.', 'passport-number', 'EK1234567'],
    ['a password quoted in a log line without a separator', "Login failed for user 'jmartin' password 'Rodez2024!'", 'password-assignment', 'Rodez2024!'],
    ['a broken bone', 'Mme Gisèle Andrieu, 87 ans, chute à domicile, fracture du col du fémur', 'health', ['chute à domicile', 'fracture du col']],
    ['abuse described in words', 'Chloé (14 ans) décrit des attouchements de son beau-père', 'social-case', 'attouchements'],
    ['a family visited at home', 'Visite chez les Dupont hier : le père est alcoolique.', 'person-name', 'Dupont'],
    ['a family in an e-mail subject', 'Objet : RE: situation famille Bessière', 'person-name', 'Bessière'],
    ['the speaker of a chat transcript, after a day and a time', '[Hier 14:32] Dupont Marie (Invité)\nLe petit est encore absent', 'person-name', 'Dupont Marie'],
    ['names in single quotes (Python, JavaScript)', "{'nom': 'DUPONT', 'prenom': 'Marie'}", 'person-name', ['DUPONT', 'Marie']],
    ['names compared in SQL', "SELECT * FROM dossiers d WHERE d.enfant_nom = 'LEROY' AND prenom LIKE 'Lucas'", 'person-name', ['LEROY', 'Lucas']],
    ['names inserted in SQL, by their column', "INSERT INTO usagers (id, date_entree, nom, prenom) VALUES (1, '2024-01-01', 'DUPONT', 'Marie'), (2, '2024-01-02', 'MARTIN', 'Paul');", 'person-name', ['DUPONT', 'Marie', 'MARTIN', 'Paul']],
    ['a family followed by the PMI', 'Élève de 3e B : Ilyes Haddad, absentéisme, famille suivie par la PMI.', 'social-case', 'suivie par la PMI'],
    ['a name with a percent-escaped accent', 'https://crm.example.fr/fiche?nom=DUPONT&prenom=Fran%C3%A7oise', 'person-name', ['DUPONT', 'Fran%C3%A7oise']],
    ['a name in Markdown italics (`_` is a word character)', '_Mme Dupont_ est hospitalisée', 'person-name', 'Dupont'],
    ['a phone number in Markdown italics', 'Rappeler au _06 12 34 56 78_', 'phone', '06 12 34 56 78'],
    ['names in bold cells of a CSV', 'Nom;Prénom;Tarif\n**FOURNIER**;**Julie**;45,00', 'person-name', ['FOURNIER', 'Julie']],
    ['an STI screening as sex life, not health (the reference lists STIs there)', 'Sofiane B. (18 ans) : demande de dépistage IST, résultats vendredi.', 'special-category', 'IST'],
    ["a child's dental and eye care", "Yanis refuse d'aller chez le dentiste, la carie s'aggrave ; la myopie de Noah est suivie par l'orthoptiste.", 'health', ['carie', 'myopie', 'orthoptiste']],
    ['a plea-bargaining hearing', "M. Constans a fait l'objet d'une comparution sur reconnaissance préalable de culpabilité.", 'judicial', 'comparution sur reconnaissance préalable de culpabilité'],
    ['a premature baby and care around birth', 'Bébé Grâce, née le 15/08/2026, prématurée ; ictère sous photothérapie. Mme Asante : placenta prævia.', 'health', ['prématurée', 'ictère', 'photothérapie', 'placenta prævia']],
    ['cancers and their care', 'M. Roy suit une radiothérapie pour un lymphome ; sa fille Maëlle est suivie en oncologie.', 'health', ['radiothérapie', 'lymphome', 'oncologie']],
    ['addiction care', 'M. Ruiz, alcoolodépendance, sort de post-cure sous baclofène et acamprosate ; sa sœur évoque un jeu pathologique.', 'health', ['alcoolodépendance', 'post-cure', 'baclofène', 'acamprosate', 'jeu pathologique']],
    ['a dyspraxic child', 'Mon fils de 10 ans est dyspraxique.', 'health', 'dyspraxique'],
    ["a child's speech therapy", "Mon fils Noah voit l'orthophoniste deux fois par semaine, à Rodez.", 'health', 'orthophoniste'],
    ["a prisoner's leave", 'M. Kessaci a sollicité une permission de sortir pour les obsèques.', 'judicial', 'permission de sortir'],
    ["a diabetic child's care and growth (not the diabetologist, a profession)", 'Léa Martin a fait deux hypos la nuit, un oubli de bolus, une injection de glucagon ; IMC 23,7 et cassure de la courbe de poids. Le diabétologue la revoit.', 'health', ['hypos', 'bolus', 'glucagon', 'IMC', 'cassure de la courbe']],
    ["autism after a child's name, its acronym alone (`TSA`)", 'la maman de Timéo (TSA, 6 ans) rappelle encore pour la notification', 'health', 'TSA'],
    ['a surname after a particle of two words (`van der`)', 'Présents : Rosalie van der Meulen, infirmière scolaire', 'person-name', 'Rosalie van der Meulen'],
    ['a dotted initial and a surname filling a cell, under any header (not a club, `SC Lévézou`)', 'date;usager;interprete;club\n03/03/2026;KONATÉ Aminata;L. Marchetti;SC Lévézou', 'person-name', ['KONATÉ Aminata', 'L. Marchetti']],
    ['a surname opening with `Le` after `née`, `veuve`, `famille` (not `pension de famille Les Acacias`)', 'Mme Yvonne QUÉRÉ née LE BIHAN ; sa sœur, veuve Le Goff ; la famille Le Gall ; orientation pension de famille Les Acacias.', 'person-name', ['Yvonne QUÉRÉ', 'LE BIHAN', 'Le Goff', 'Le Gall']],
    ['a title and one initial (`Mme B.`)', 'Famille B. : Mme B., 34 ans, et M. T., 38 ans, deux enfants.', 'person-name', ['B.', 'T.']],
    ['a longer term after an inflected one (`grossesse~`, `grossesse à risque`)', 'Mme Benali, grossesse à risque, a quitté le foyer ; son fils a commis un délit de fuite.', 'health', 'grossesse à risque'],
    ['a longer term after an inflected one, judicial', 'Mme Benali, grossesse à risque, a quitté le foyer ; son fils a commis un délit de fuite.', 'judicial', 'délit de fuite'],
    ['an inflected term before its longer one', 'M. Faure, alcoolisations massives le week-end.', 'health', 'alcoolisations massives'],
    ['hearing and sight', 'M. Ravel porte des aides auditives ; sa fille Léa a un glaucome, un nystagmus et une rétinite pigmentaire.', 'health', ['aides auditives', 'glaucome', 'nystagmus', 'rétinite pigmentaire']],
    ['cancers and their treatments by name', 'Mme Chloé Martin : adénocarcinome du côlon, tumorectomie, immunothérapie ; myélome, autogreffe prévue ; lymphœdème du bras et neuropathie.', 'health', ['adénocarcinome', 'tumorectomie', 'immunothérapie', 'myélome', 'autogreffe', 'lymphœdème', 'neuropathie']],
    ['an eating disorder and its care', "Sarah Oukacha se fait vomir après le repas ; restriction alimentaire massive, puis crises d'hyperphagie ; renutrition par sonde.", 'health', ['se fait vomir', 'restriction alimentaire', 'hyperphagie', 'renutrition']],
    ['a suicide attempt as its acronym after a possessive (`sa TS`)', 'Yanis, ancien MNA accueilli depuis 2023. Après sa TS de décembre il est suivi au CMP.', 'health', ['sa TS', 'CMP']],
    ['a memory clinic seen', "Mme Huguette Barbier refuse d'aller à la consultation mémoire.", 'health', 'consultation mémoire'],
    ["a cause of death (`cirrhose`)", "M. Jean Martin est décédé des suites d'une cirrhose.", 'health', 'cirrhose'],
    ["a care home in English", 'Mrs Jane Smith passed away on 14 February in the nursing home in Le Mans.', 'social-case', 'nursing home'],
    ['a treatment that lasted months, counted in words', 'Véronique Schmitt : tumorectomie en avril, quatre mois de chimiothérapie.', 'health', ['tumorectomie', 'chimiothérapie']],
    ["multiple sclerosis and Parkinson's disease, their medicines and signs", 'Mme Olga Petrescu : SEP, EDSS 6,5, spasticité, sous Tysabri. M. Ferrandi : Sinemet, dyskinésies, autosondages.', 'health', ['SEP', 'EDSS', 'spasticité', 'Tysabri', 'Sinemet', 'dyskinésies', 'autosondages']],
    ["a premature baby's stay and its complications, a stillbirth", 'Kenzo MOREAU, passé de la réanimation néonatale aux soins intensifs : RCIU, DBP, leucomalacie. Mme Picard : enfant né sans vie après une amniocentèse.', 'health', ['réanimation néonatale', 'soins intensifs', 'RCIU', 'DBP', 'leucomalacie', 'enfant né sans vie', 'amniocentèse']],
    ['a kidney transplant and its follow-up', "M. Yannick Oliveira : greffé rénal en 2021, traitement immunosuppresseur, rejet aigu en 2024. Mme Zohra Benslimane, hémodialysée, restriction hydrique.", 'health', ['greffé rénal', 'immunosuppresseur', 'rejet aigu', 'hémodialysée', 'restriction hydrique']],
    ['a kidney graft said otherwise, immunodepression and its medicines', "Ibrahima a eu une greffe de rein en mars ; il est immunodéprimé (tacrolimus, mycophénolate). Son frère Moussa, greffé d'un rein, est en autodialyse.", 'health', ['greffe de rein', 'immunodéprimé', 'tacrolimus', 'mycophénolate', "greffé d'un rein", 'autodialyse']],
    ["someone's debts, gambling ones too", "M. Dos Santos a des dettes auprès de son bailleur. Mme Ferrière estime ses dettes à 11 000 €. Son conjoint, M. Arnaud Ferrière, a laissé des dettes de jeu.", 'social-case', ['a des dettes', 'ses dettes', 'dettes de jeu']],
    ["someone's over-indebtedness file, its outcomes and the amount of the debts (`dossier BDF`, `plan conventionnel`, `PRP`, `27 000 € de dettes`)", 'Mme Nowak a environ 27 000 € de dettes ; son dossier BDF est recevable, un plan conventionnel est envisagé. M. Ferrand, inscrit au FICP, attend sa PRP.', 'social-case', ['dettes', 'dossier BDF', 'plan conventionnel', 'inscrit au FICP', 'PRP']],
    ["an agent's incapacity rate after an accident at work (`IPP de 5 %`, `taux d'IPP de 12 %`)", "M. Da Silva : consolidation au 15/03/2026 avec IPP de 5 %. Mme Marchand conteste son taux d'IPP de 12 %.", 'health', ['IPP', 'IPP']],
    ['a young mother taken in by the département at her request (`accueil administratif`)', 'Mme Grace Okonkwo, accueillie au centre maternel depuis le 07/02 (accueil administratif).', 'social-case', ['centre maternel', 'accueil administratif']],
    ["a baby's reflux, a schizophrenic or schizo-affective disorder, a stay in a psychiatric hospital said shortly (`reflux`, `trouble schizophrénique`, `hôpital psy`)", "Lyna a encore du reflux après chaque biberon. Mme Fournier présente un trouble schizophrénique ; M. Haddad, un trouble schizo-affectif. Son fils dit qu'il est « encore à l'hôpital psy ».", 'health', ['reflux', 'schizophrénique', 'schizo-affectif', 'hôpital psy']],
    ["a minor's criminal measures and hearings (`MEJP`, `réparation pénale`, `mise à l'épreuve éducative`, `centre éducatif renforcé`, `audience de sanction`)", "Ryan Kouassi : MEJP depuis mars, puis réparation pénale ; mise à l'épreuve éducative de 6 mois, placement au centre éducatif renforcé, audience de sanction le 11/08.", 'judicial', ['MEJP', 'réparation pénale', "mise à l'épreuve éducative", 'centre éducatif renforcé', 'audience de sanction']],
    ["children's cancers and their treatment (`neuroblastome`, `ostéosarcome`, `aplasie`, `greffe de moelle`)", "Mariam, 13 ans, est traitée pour un ostéosarcome ; son frère Noé a un neuroblastome, il est en aplasie avant la greffe de moelle.", 'health', ['ostéosarcome', 'neuroblastome', 'aplasie', 'greffe de moelle']],
    ['`Jade` and `Jordan` alone, first names far more often than a stone or a country in what agents paste', "Le taxi doit prendre Jade le 14 à 7h15 chez sa famille d'accueil. Le père, Jordan, passe la voir de temps en temps.", 'person-name', ['Jade', 'Jordan']],
    ["profound multiple disabilities' complications, a child's forensic examination (`tétraparésie`, `pneumopathies d'inhalation`, `détresse respiratoire`, `examen médico-légal`)", "Samuel Le Bihan : tétraparésie spastique, deux pneumopathies d'inhalation, trachéotomie après une détresse respiratoire. Pour Lilou M., examen médico-légal le 22/01.", 'health', ['tétraparésie', "pneumopathies d'inhalation", 'trachéotomie', 'détresse respiratoire', 'examen médico-légal']],
    ['the court that tries rapes (`cour criminelle départementale`)', "M. Kowalski : audience devant la cour criminelle départementale le 16/06.", 'judicial', 'cour criminelle départementale'],
    ["sight and teeth said of someone (`amblyopie`, `astigmatisme`, `édenté`, `parodontite`, `dentier`)", "Moussa a une amblyopie de l'œil gauche ; Adam, un astigmatisme. M. Leroy est édenté, Mme Moreira a une parodontite et un dentier cassé.", 'health', ['amblyopie', 'astigmatisme', 'édenté', 'parodontite', 'dentier']],
    ['the date of a birth under secrecy (`né sous X le 11/02/1976`, `born under X on June 14, 1972`)', "M. Thibault Roche, né sous X le 11/02/1976 à Tours. Kevin Nguyen, né sous X à Ajaccio le 19 novembre 1979. I was born under X on June 14, 1972.", 'birth-date', ['11/02/1976', '19 novembre 1979', 'June 14, 1972']],
    ["a ward of the state said shortly (`pupille depuis 2023`), not a ward of the nation, and a parental authority withdrawn in full", "Malo Roux, pupille depuis 2023 après retrait total de l'autorité parentale. Inès Vidal est pupille de la Nation depuis 2016.", 'social-case', ['pupille', "retrait total de l'autorité parentale"]],
    ["a family's school meals unpaid (`impayés de cantine`, `dette de cantine`)", "Mme Abdallah cumule 412,60 € d'impayés de cantine pour Ali et Faïza. M. Mebarki a réglé une partie de la dette de cantine de Rayane.", 'social-case', ['impayés de cantine', 'dette de cantine']],
    ["an addiction's cure and its outcome said of someone (`sa cure`, `une cure`, `abstinente`)", "M. Giraud est revenu de sa cure lundi. Mme Roux a fait une cure en 2025 et se dit abstinente depuis 4 mois.", 'health', ['sa cure', 'une cure', 'abstinente']],
    ["a prisoner's committal order and disciplinary cell (`mandat de dépôt`, `quartier disciplinaire`)", "M. Yildiz (mandat de dépôt du 08/10) est au quartier disciplinaire depuis samedi.", 'judicial', ['mandat de dépôt', 'quartier disciplinaire']],
    ["a child's vaccinations up to date, as well as not (`vaccins à jour`, `Vaccinations à jour`)", "Nolan Girard, 9 mois : vaccins à jour. Emma Morvan : vaccinations à jour depuis mars.", 'health', ['vaccins à jour', 'vaccinations à jour']],
    ["life with HIV said of someone (`sa séropositivité`, `séropo`, `antirétroviral`, `charge virale`)", "Mme Konaté n'a pas informé ses enfants de sa séropositivité ; traitement antirétroviral, charge virale indétectable. Jordan Petit est séropo.", 'health', ['séropositivité', 'antirétroviral', 'charge virale', 'séropo']],
    ["a cancer said in an agent's leave file or a grafted child's care (`affection cancéreuse`, `néoplasie`, `chambre stérile`)", "Mme Roux souffre d'une affection cancéreuse (néoplasie mammaire). Le fils de M. Petit passe 6 semaines en chambre stérile.", 'health', ['affection cancéreuse', 'néoplasie', 'chambre stérile']],
    ["a minors' prison and a release under constraint (`EPM`, `libération sous contrainte`)", "Rayan Kaddour, sorti de l'EPM de Lavaur, est en libération sous contrainte.", 'judicial', ['EPM', 'libération sous contrainte']],
    ["a family housed at the hotel by the 115 (`hôtel 115`)", "RAHIMI Sahar, 6e UPE2A, hébergement : hôtel 115 Bobigny.", 'social-case', ['hôtel 115']],
    ["a child's growth and speech, pains, mood episodes and treatments said of someone (`retard de croissance`, `dysphasie`, `lithium`)", "Noah Petit : retard de croissance, dysphasie. Mme Roux, douleurs lombaires, épisode maniaque en mars, sous lithium ; soins infirmiers à domicile.", 'health', ['retard de croissance', 'dysphasie', 'douleurs lombaires', 'épisode maniaque', 'lithium', 'soins infirmiers']],
    ["a child's term at birth (`nées à 34 SA`, `né le 12/01/2026 à 31 SA + 4 j`), not a threshold (`avant 37 SA`) nor a caesarean's time", "Jade et Léna Picard, nées à 34 SA. Nolan, né le 12/01/2026 à 31 SA + 4 j ; Noé, né le 3 septembre 2025 à 29 semaines. Mme Roux a accouché par césarienne à 34 semaines ; 58 % des jumeaux naissent avant 37 SA.", 'health', ['à 34 SA', 'à 31 SA + 4 j', 'à 29 semaines', 'accouché', 'césarienne']],
    ["an IVF's steps and a leave for exhaustion said of someone (`transfert d'embryon`, `stimulation hormonale`, `arrêt pour épuisement`)", "Mme Faure : stimulation hormonale en février, transfert d'embryon le 17/02. M. Petit est en arrêt de travail pour épuisement.", 'health', ['stimulation hormonale', "transfert d'embryon", 'arrêt de travail', 'épuisement']],
    ["long COVID's and sleep apnoea's signs said of someone (`essoufflement`, `anosmie`, `ronflements`, `somnolence diurne`)", "Mme Roux : COVID long, essoufflement à l'effort, anosmie. M. Bensaïd se plaint de ronflements et d'une somnolence diurne ; polygraphie ventilatoire le 29.", 'health', ['COVID long', 'essoufflement', 'anosmie', 'ronflements', 'somnolence diurne', 'polygraphie ventilatoire']],
    ["tics and their syndrome said of someone (`syndrome de Gilles de la Tourette`, `tics vocaux`, `coprolalie`, `TOC`), chemotherapies in the plural", "Nathan Roux a un syndrome de Gilles de la Tourette : tics vocaux, coprolalie, TOC associés. Les taxis pour ses chimios.", 'health', ['syndrome de Gilles de la Tourette', 'tics vocaux', 'coprolalie', 'TOC', 'chimios']],
    ["a Fula origin and a child at catechism, said of someone (`d'origine peule`, `catéchisme`)", "Mamadou D., né à Labé, se dit d'origine peule. M. Aubert a inscrit Yanis au catéchisme.", 'special-category', ['origine peule', 'catéchisme']],
    ["burns said of someone and their care (`brûlée au second degré`, `brûlé aux mains`, `greffes cutanées`)", "Jessy Roux a été brûlée au second degré à la jambe ; son frère Yanis, brûlé aux mains. Deux greffes cutanées réalisées.", 'health', ['brûlée au', 'brûlé aux', 'greffes cutanées']],
    ["tick-borne diseases and a child's lead poisoning said of someone (`maladie de Lyme`, `neuroborréliose`, `plombémie à 87 µg/L`, `pica`)", "M. Bertrand : maladie de Lyme, neuroborréliose avec paralysie faciale. Moussa Sow : plombémie à 87 µg/L, pica.", 'health', ['maladie de Lyme', 'neuroborréliose', 'paralysie faciale', 'plombémie à 87 µg/L', 'pica']],
    ["an injury's after-effects as an expert lists them and a broken limb said shortly (`déficit fonctionnel`, `souffrances endurées`, `bras cassé`, `fracture du scaphoïde`)", "M. Ngata : déficit fonctionnel permanent, souffrances endurées 4/7, pneumothorax. Théo Roux a le bras cassé ; sa sœur, une fracture du scaphoïde.", 'health', ['déficit fonctionnel', 'souffrances endurées', 'pneumothorax', 'bras cassé', 'fracture du scaphoïde']],
    ["ALS by its names and its drug (`maladie de Charcot`, `sclérose latérale amyotrophique`, `riluzole`)", "M. Lenoir a une maladie de Charcot (sclérose latérale amyotrophique), sous riluzole.", 'health', ['maladie de Charcot', 'sclérose latérale amyotrophique', 'riluzole']],
    ["skin, eye, bone and heart diseases said of someone (`dermatite atopique`, `dupilumab`, `épicondylite`, `décollement de rétine`, `NYHA`)", "Lina Moreau : dermatite atopique sévère, sous dupilumab. M. Hugo Vernier : épicondylite, décollement de rétine, classe III de la NYHA, tassements vertébraux.", 'health', ['dermatite atopique', 'dupilumab', 'épicondylite', 'décollement de rétine', 'NYHA', 'tassements vertébraux']],
    ["the writer's own state after `mon`, `ma` (`après mon infarctus`, `ma rééducation`)", 'Je reprends le 2 juin après mon infarctus de février, puis ma rééducation.', 'health', ['infarctus', 'rééducation']],
    ["the inner ear, a knee replaced, continence care, iron deficiency and a transfusion said of someone, in French and in English (`maladie de Ménière`, `PTG`, `étui pénien`, `fer per os`, `cardiac rehab`)", 'M. Franck Morvan : maladie de Ménière, VPPB. Mme Sandrine Roux : PTG droite, étui pénien, carence martiale, fer per os, transfusion prévue. Mr Diallo: cardiac rehab, iron deficient.', 'health', ['maladie de Ménière', 'VPPB', 'PTG', 'étui pénien', 'carence martiale', 'fer per os', 'transfusion', 'cardiac rehab', 'iron deficient']],
    ["a pregnancy at risk, stones, hormones and modified meals said of someone, and words read before only in longer terms (`MAP`, `colique néphrétique`, `hormone de croissance`, `texture hachée`, `entorse`)", 'Mme Inès Da Silva : MAP à 30 SA, col raccourci, protéinurie. M. Roux : colique néphrétique, lithotritie, sonde JJ, rétention urinaire. Zoé : hormone de croissance, texture hachée, passage IDE, entorse.', 'health', ['MAP', 'col raccourci', 'protéinurie', 'néphrétique', 'lithotritie', 'sonde JJ', 'urinaire', 'hormone de croissance', 'hachée', 'passage IDE', 'entorse']],
    ["lungs, the liver, nerves and teeth said of someone (`fibrose pulmonaire`, `greffée du foie`, `photophobie`, `rage de dents`)", 'M. Franck Morvan : fibrose pulmonaire, corticoïdes, greffe pulmonaire prévue. Mme Sandrine Roux : greffée du foie, encéphalopathie hépatique, Fibroscan. Zoé : photophobie, crises focales, rage de dents, bruxisme.', 'health', ['fibrose pulmonaire', 'corticoïdes', 'greffe pulmonaire', 'greffée du foie', 'encéphalopathie', 'Fibroscan', 'photophobie', 'crises focales', 'rage de dents', 'bruxisme']],
    ["bowel disease, a stay in rehabilitation, burns' care and the womb said of someone (`Crohn`, `en SMR`, `centre des brûlés`, `gants compressifs`, `adénomyose`)", 'M. Franck Morvan : Crohn, sous Stelara, selles sanglantes, régime sans résidu ; 5 semaines en SMR. Zoé, brûlée par flamme : centre des brûlés, greffe du bras, gants compressifs. Mme Roux : adénomyose, curetage.', 'health', ['Crohn', 'Stelara', 'selles sanglantes', 'régime sans résidu', 'SMR', 'brûlée par', 'centre des brûlés', 'greffe du bras', 'compressifs', 'adénomyose', 'curetage']],
    ["someone's debts in a word, not debts said to be none (`dettes auprès de sa banque`, not `pas de dettes`)", 'Mme Sandrine Roux : dettes auprès de sa banque. Son frère : pas de dettes.', 'social-case', ['dettes']],
    ["autoimmune diseases, children's rare diseases and obesity surgery said of someone (`néphrite lupique`, `anti-TNF`, `Duchenne`, `Prader-Willi`, `bypass`)", 'Mme Sandrine Roux : néphrite lupique, vascularite, rhumatisme psoriasique, anti-TNF, hydroxychloroquine. Noah : myopathie de Duchenne ; Léa : nusinersen, syndrome de Prader-Willi. M. Roux : bypass en 2024.', 'health', ['lupique', 'vascularite', 'rhumatisme psoriasique', 'anti-TNF', 'hydroxychloroquine', 'myopathie', 'Duchenne', 'nusinersen', 'Prader-Willi', 'bypass']],
    ["veins and arteries, a head injury, children's orthopaedics and the gut said of someone (`embolie pulmonaire`, `TC grave`, `corset`, `pied bot`, `crise de goutte`); the rarer last word found where the first opens common words (`calculs biliaires`, `dispense d'EPS`)", "Mme Sandrine Roux : embolie pulmonaire, TVP, varices, pontage fémoro-poplité, anticoagulée. M. Roux : TC grave, syndrome dysexécutif, syndrome frontal, désinhibition, score de Glasgow à 6. Noah : corset, ténotomie, pied bot, plâtre pelvi-pédieux, dispense d'EPS, chaussures orthopédiques. Mme Roux : crise de goutte, colchicine, calculs biliaires, péritonite, reprise chirurgicale.", 'health', ['embolie', 'TVP', 'varices', 'pontage fémoro-poplité', 'anticoagulée', 'TC grave', 'syndrome dysexécutif', 'syndrome frontal', 'désinhibition', 'Glasgow', 'corset', 'ténotomie', 'bot', 'plâtre pelvi-pédieux', 'EPS', 'orthopédiques', 'crise de goutte', 'colchicine', 'biliaires', 'péritonite', 'chirurgicale']],
    ["a spinal cord injury's care, blood cancers, high blood pressure, hereditary diseases of the brain, the end of life, feet, premature babies and the thyroid said of someone (`sondages intermittents`, `allogreffe`, `amlodipine`, `chorée`, `midazolam`, `mal perforant`, `sonde nasogastrique`, `nodule thyroïdien`)", "Mme Sandrine Roux : sondages intermittents, bilan urodynamique, allogreffe, chambre implantable, R-CHOP, hypertendue, amlodipine, Zomig, chorée, ataxie, tétrabénazine, mouvements anormaux, USP, midazolam, mal perforant plantaire, hallux valgus, sonde nasogastrique, trouble de l'oralité, nodule thyroïdien, palpitations.", 'health', ['sondages intermittents', 'urodynamique', 'allogreffe', 'chambre implantable', 'R-CHOP', 'hypertendue', 'amlodipine', 'Zomig', 'chorée', 'ataxie', 'tétrabénazine', 'anormaux', 'USP', 'midazolam', 'mal perforant', 'hallux valgus', 'sonde nasogastrique', "trouble de l'oralité", 'nodule thyroïdien', 'palpitations']],
    ['a genetic test or its result said of someone (`test présymptomatique`, `typage HLA`, `répétitions CAG`)', 'M. Paul Roux : test présymptomatique, typage HLA, 42 répétitions CAG.', 'special-category', ['test présymptomatique', 'typage HLA', 'répétitions CAG']],
    ['nerves, chronic fatigue, bleeding disorders and Lewy body dementia said of someone (`paresthésies`, `SFC`, `CRC-MHC`, `hémarthrose`, `rivastigmine`); a clotting factor from its number (`facteur VIII`)', 'Mme Sandrine Roux : paresthésies, SFC, encéphalomyélite myalgique, colon irritable. Noah : CRC-MHC, acide tranexamique, émicizumab, hémarthrose, facteur VIII. M. Roux : rivastigmine, tremblement de repos.', 'health', ['paresthésies', 'SFC', 'encéphalomyélite', 'colon irritable', 'CRC-MHC', 'tranexamique', 'émicizumab', 'hémarthrose', 'VIII', 'rivastigmine', 'tremblement de repos']],
    ['pains alone said of someone (`des douleurs depuis mars`), the longer terms keeping their span (`douleurs chroniques`)', 'Mme Sandrine Roux a des douleurs depuis mars ; ses douleurs chroniques reprennent.', 'health', ['douleurs', 'douleurs chroniques']],
    ["balance disorders, bones after the menopause, broken bones in notes' shorthand and polyhandicap's care (`névrite vestibulaire`, `ménopausée`, `dénosumab`, `fracture col fémur`, `hip fracture`, `aspirations trachéales`)", 'Mme Sandrine Roux : névrite vestibulaire, crises de Tumarkin, oscillopsies. Mme Roux, ménopausée à 44 ans : ostéoporose sous dénosumab ; fracture col fémur en 2025, fracture poignet. Mrs Hughes has a hip fracture and physiotherapy. Kofi : aspirations trachéales, crises toniques nocturnes, Urbanyl.', 'health', ['névrite vestibulaire', 'crises de Tumarkin', 'oscillopsies', 'ménopausée', 'ostéoporose', 'dénosumab', 'fracture col fémur', 'fracture poignet', 'hip fracture', 'physiotherapy', 'aspirations trachéales', 'crises toniques', 'Urbanyl']],
    ["shingles, a life on a ventilator, malformations followed from birth and trauma's care (`zona ophtalmique`, `trachéotomisé`, `fente labio-palatine`, `valve de dérivation`, `ESPT`, `EMDR`)", "Mme Sandrine Roux : zona ophtalmique, DPZ, patchs de lidocaïne. M. Roux, trachéotomisé, aspirations endotrachéales, ventilation invasive. Inaya : fente labio-palatine, hydrocéphalie, valve de dérivation, spina bifida. Mme Roux : ESPT, séances d'EMDR, mutisme.", 'health', ['zona ophtalmique', 'DPZ', 'lidocaïne', 'trachéotomisé', 'aspirations endotrachéales', 'ventilation invasive', 'fente labio-palatine', 'hydrocéphalie', 'valve de dérivation', 'spina bifida', 'ESPT', 'EMDR', 'mutisme']],
    ['life after breast cancer, imported diseases and the drugs of psychoses and sleep, some found from their last word (`curage axillaire`, `manchon de compression`, `bilharziose`, `Ag HBs`, `palipéridone`, `oxybate`)', 'Mme Sandrine Roux : curage axillaire en 2019, manchon de compression, drainage lymphatique, érysipèle. Moussa Diallo : bilharziose traitée par praziquantel, Ag HBs positif. M. Roux : palipéridone retard ; Mme Roux : pitolisant et oxybate de sodium.', 'health', ['axillaire', 'compression', 'lymphatique', 'érysipèle', 'bilharziose', 'praziquantel', 'Ag HBs', 'palipéridone', 'pitolisant', 'oxybate']],
    ['practising, said of someone without the religion (`très pratiquante`)', 'Mme Fatou Diallo est très pratiquante.', 'special-category', 'très pratiquante'],
    ["offences against a child and a case under way (`violences sur mineur`, `procédure pénale en cours`)", "M. Lenny Costa, condamné pour violences sur mineur ; procédure pénale en cours pour mise en danger de la vie d'autrui.", 'judicial', ['condamné', 'violences sur mineur', 'procédure pénale en cours', "mise en danger de la vie d'autrui"]],
    ["a young adult's allowance, an emergency placement, an RSA cut in part (`allocation jeune majeur`, `suspension partielle`)", "Kylian Roux : allocation jeune majeur de 480 €. Mme Morel : suspension partielle du RSA ; placement en urgence de sa fille.", 'social-case', ['allocation jeune majeur', 'suspension partielle', 'RSA', 'placement en urgence']],
    ['a home visit to someone (`VAD chez Mme Roux`, `VAD PMI`)', 'VAD chez Mme Roux le 11/03 ; prochaine VAD PMI le 25/03.', 'social-case', ['VAD', 'VAD']],
    ['a child entrusted to a relative (`confiée à sa grand-mère`, `confiés à leur oncle`)', 'Maëlys Roux est confiée à sa grand-mère. Timéo et Lina Diallo sont confiés à leur oncle.', 'social-case', ['confiée', 'confiés']],
    ['a ban on leaving the country beside the other measures, not an infection', "SANGARÉ Fanta : OPP + IST 2 ans. Pour Priya Nair, IST prononcée le 14/10.", 'social-case', ['OPP', 'IST', 'IST']],
    ['drunk, said of someone', "M. Dylan Hoarau sentait l'alcool, il était ivre. Mme Ophélie Perrin : je bois trop le soir.", 'health', ["sentait l'alcool", 'ivre', 'bois trop']],
    ["children's epilepsies and rare diseases", "Mme Benhamou : sa fille a un syndrome de Dravet, crises nocturnes. Lucas Hennebelle : crise tonico-clonique dans le car. Sa sœur Léa a une phénylcétonurie.", 'health', ['syndrome de Dravet', 'crises nocturnes', 'crise tonico-clonique', 'phénylcétonurie']],
    ['drug use and its care', "M. Lounis est sous Subutex mais continue à s'injecter ; VHC positif. M. Morin pratique le chemsex, prend de la kétamine.", 'health', ['Subutex', "s'injecter", 'VHC', 'chemsex', 'kétamine']],
    ['genetic conditions are special categories, as the labelling rules list them', "Maëlys Cadiou est porteuse d'une trisomie 21 ; son frère Nathan est trisomique, sa cousine a une mucoviscidose.", 'special-category', ['trisomie 21', 'trisomique', 'mucoviscidose']],
    ['a spinal cord injury or an amputation and their care', "M. Le Floc'h, hospitalisé au centre de rééducation : lésion médullaire, sondages urinaires. Mme Roux : douleurs du membre fantôme, moignon douloureux.", 'health', ['hospitalisé', 'centre de rééducation', 'lésion médullaire', 'sondages urinaires', 'membre fantôme', 'moignon']],
    ["days of ITT from their number, found from `jours` (a pattern starting on a digit was tried at every number)", "Certificat du 12/03 : 10 jours d'ITT pour Mme Roux, puis une ITT de 8 jours.", 'health', ["10 jours d'ITT", 'ITT de 8 jours']],
    ['heart disease at home (`réadaptation cardiaque`, `son pontage`, `FEVG`, `TAVI`)', 'M. Rey sort de réadaptation cardiaque après son pontage ; FEVG à 30 %, TAVI prévu.', 'health', ['réadaptation cardiaque', 'son pontage', 'FEVG', 'TAVI']],
    ['a chronic bowel disease and its care (`rectocolite hémorragique`, `iléostomie`, `infliximab`)', "Mme Lenoir : rectocolite hémorragique, iléostomie depuis mars, perfusions d'infliximab.", 'health', ['rectocolite hémorragique', 'iléostomie', 'infliximab']],
    ['sight loss and its aids (`acuité visuelle`, `champ visuel`, `canne blanche`, `chien guide`)', 'Mme Caron, 12 ans : acuité visuelle 1/20, champ visuel réduit, canne blanche et chien guide.', 'health', ['acuité visuelle', 'champ visuel', 'canne blanche', 'chien guide']],
    ['leaving prostitution: the AFIS aid and safe housing (`AFIS`, `appartement relais`)', "Mme Okafor perçoit l'AFIS, hébergée en appartement relais ; son ancien proxénète est visé par une information judiciaire.", 'social-case', ['AFIS', 'appartement relais']],
    ['sex work and a residence status said of someone (`activité prostitutionnelle`, `autorisation provisoire de séjour`)', "Mme Okafor : reprise de l'activité prostitutionnelle en juin, autorisation provisoire de séjour renouvelée.", 'special-category', ['prostitutionnelle', 'autorisation provisoire de séjour']],
    ["a victim's criminal case (`proxénète`, `information judiciaire`)", "Mme Okafor perçoit l'AFIS, hébergée en appartement relais ; son ancien proxénète est visé par une information judiciaire.", 'judicial', ['proxénète', 'information judiciaire']],
    ['after a stroke, and obesity surgery (`dysphagie`, `héminégligence`, `dysarthrie`, `thrombectomie`, `sleeve`)', 'M. Roux : dysphagie, héminégligence gauche, dysarthrie après thrombectomie ; sa femme a eu une sleeve en 2022.', 'health', ['dysphagie', 'héminégligence', 'dysarthrie', 'thrombectomie', 'sleeve']],
    ['blood diseases and their care, crises in case notes (`hémophilie`, `splénectomie`, `hydroxyurée`, `échanges transfusionnels`, `crises clastiques`)', 'Noah, 9 ans : hémophilie A sévère, splénectomie en 2022, hydroxyurée et échanges transfusionnels ; crises clastiques.', 'health', ['hémophilie', 'splénectomie', 'hydroxyurée', 'échanges transfusionnels', 'crises clastiques']],
    ['genetic facts said of someone (`trait drépanocytaire`, `conseil génétique`)', 'Mme Sow est porteuse du trait drépanocytaire ; un conseil génétique lui est proposé.', 'special-category', ['trait drépanocytaire', 'conseil génétique']],
    ['long COVID and a burnt child\'s care (`covid long`, `tachycardie`, `syndrome post-infectieux`, `vêtements compressifs`)', 'Mme Roux : covid long depuis 2022, tachycardie au lever, syndrome post-infectieux ; son fils porte des vêtements compressifs.', 'health', ['covid long', 'tachycardie', 'syndrome post-infectieux', 'vêtements compressifs']],
    ['`Melle` as a title once the town is no first name (`Melle Dupont`)', 'Melle Dupont est venue au rendez-vous.', 'person-name', 'Dupont'],
    ['chronic pain, its clinic and medicines said of someone (`CETD`, `migraines`, `oxycodone`, `algodystrophie`)', 'M. Ouédraogo est suivi au CETD pour des migraines et une algodystrophie, sous oxycodone.', 'health', ['CETD', 'migraines', 'algodystrophie', 'oxycodone']],
    ['a learning disorder and its assessment (`dysgraphie`, `bilan neuropsychologique`, `trouble oppositionnel`)', 'Maëlys, 9 ans : dysgraphie, trouble oppositionnel, bilan neuropsychologique prévu.', 'health', ['dysgraphie', 'trouble oppositionnel', 'bilan neuropsychologique']],
    ['initials after a short label that opens an item of a long list (`; pour le Département : A. Marzin`)', 'Présents : M. Hervé Guillou, maire ; Mme Gaëlle Quéré, conseillère départementale ; Lénaïg Cadiou, éleveuse (pâturage des landes) ; pour le Département : A. Marzin, R. Huon.', 'person-name', ['Hervé Guillou', 'Gaëlle Quéré', 'Lénaïg Cadiou', 'A. Marzin', 'R. Huon']],
    ['chronic pain said of someone (`douleurs chroniques`, `douleurs persistantes`, `douleurs arthrosiques`)', 'Mme Roux signale des douleurs chroniques au dos, des douleurs persistantes du genou et des douleurs arthrosiques.', 'health', ['douleurs chroniques', 'douleurs persistantes', 'douleurs arthrosiques']],
    ["a child confided to the ASE by its service's name (`confié au service de l'ASE`)", "Lenny est confié au service de l'ASE depuis janvier.", 'social-case', "confié au service de l'ASE"],
    ['respiratory care said of someone (`emphysème`, `VEMS`, `exacerbation`, `CRCM`)', 'M. Szymanski : emphysème, VEMS 31 %, hospitalisé pour exacerbation ; son petit-fils est suivi au CRCM.', 'health', ['emphysème', 'VEMS', 'hospitalisé', 'exacerbation', 'CRCM']],
    ['fertility care, pregnancy leave and menopause said of someone (`ponction ovocytaire`, `ICSI`, `congé pathologique`, `ménopause`, `urgences pédiatriques`)', 'Mme Roux : ponction ovocytaire et ICSI en mars, puis congé pathologique. Mme Petit : ménopause, bouffées de chaleur ; son fils a été admis en urgences pédiatriques.', 'health', ['ponction ovocytaire', 'ICSI', 'congé pathologique', 'ménopause', 'bouffées de chaleur', 'urgences pédiatriques']],
    ['twin girls born on a date (`jumelles nées le`)', 'Mme Roux a accouché : jumelles nées le 28/12/2025.', 'birth-date', '28/12/2025'],
    ['a teenager placed in a small care home (`accueil en lieu de vie`)', 'Objet : accueil en lieu de vie de Théo MARCHETTI', 'social-case', 'accueil en lieu de vie'],
    ['a message typed without capitals, pasted above an instruction written with them (its paragraph is read as typed so)', "coucou, dsl je serai pas là jeudi, jsuis en arrêt. tu peux prévenir la cheffe stp ? bises, maïwenn\n\nAide-moi à lui répondre gentiment. Ensuite, écris à Isabelle Roux (DRH, Pôle Solidarités) qu'elle est absente.", 'person-name-typed-lower-case', 'maïwenn'],
    ['autoimmune and thyroid diseases said of someone (`lupus`, `vitiligo`, `Basedow`, `thyroïdite`)', "Mme Mendy : lupus depuis 2017 ; son frère a un vitiligo ; sa mère, une maladie de Basedow après une thyroïdite.", 'health', ['lupus', 'vitiligo', 'maladie', 'Basedow', 'thyroïdite']],
    ['sleep disorders and their drugs said of someone (`narcolepsie`, `cataplexies`, `somnifères`, `modafinil`)', "M. Lebrun, veilleur de nuit : narcolepsie de type 1 depuis 2024, cataplexies fréquentes, sous modafinil. Il refuse les somnifères.", 'health', ['narcolepsie', 'cataplexies', 'modafinil', 'somnifères']],
    ["scabies' treatments given to a family (`ivermectine`, `perméthrine`)", 'Les trois enfants de Mme Garnier sont sous ivermectine (J1 et J8) avec application de perméthrine.', 'health', ['ivermectine', 'perméthrine']],
    ['a carbon-monoxide poisoning and a bite said of someone (`intoxiqué au CO`, `mordue à la main`)', 'Timéo Martin, 4 ans, intoxiqué au CO le 9 janvier. Sa sœur Lina a été mordue à la main par le chien.', 'health', ['intoxiqué au CO', 'mordue à la']],
    ["a pupil's anxious school refusal (`refus scolaire anxieux`)", 'Kylian, 3e B : refus scolaire anxieux depuis novembre, 57 demi-journées d\'absence.', 'health', 'refus scolaire anxieux'],
    ["a child's therapy with horses (`équithérapie`)", "Kenzo L., confié à l'ASE : 12 séances d'équithérapie d'avril à juin.", 'health', 'équithérapie'],
    ['smoke inhaled in a fire at home (`intoxication aux fumées`, `inhalation de fumées`)', "Mme Traoré est au CHU pour une intoxication aux fumées ; son fils Enzo, pour une inhalation de fumées.", 'health', ['intoxication aux fumées', 'inhalation de fumées']],
    ["a young person's stay in intensive care, not only `en réanimation` (`trois jours de réanimation pédiatrique`)", "Lucas Morel, 14 ans : trois jours de réanimation pédiatrique au CHU après l'accident.", 'health', 'réanimation'],
    ['a household before a surname and a first name (`Ménage ROUSSEAU Marcel`)', '1. Ménage ROUSSEAU Marcel, 71 ans, vit seul sur sa péniche.', 'person-name', 'ROUSSEAU Marcel'],
    ['a famous name after a civil title: someone who bears it (`Mme Simone Veil`)', "Mme Simone Veil, 78 ans, touche l'APA depuis mars.", 'person-name', 'Simone Veil'],
    ['gender identity said of someone (`il est trans`, `mec trans`, `sa transidentité`)', "Mon fils Léo m'a dit qu'il est trans. Moi, Sam, je suis mec trans. Elle est moquée pour sa transidentité.", 'special-category', ['est trans', 'mec trans', 'transidentité']],
    ["a paragraph of a file headed by the person's name and address, without the name", "Mme Andrée Castagné, 2 allée des Peupliers, 31800 Saint-Gaudens\n\nPropositions : transmission à la cellule de recueil pour suspicion de maltraitance financière.", 'social-case', 'maltraitance'],
    ["a paragraph of a file headed by the person's name, an aside and the address on one line (`M. Yanis Belkacem, 26 ans, 3 rue Lamartine`)", "Usager : M. Yanis Belkacem, 26 ans, 3 rue Lamartine, 42100 Saint-Étienne\n\nSituation médicale : myopathie, trachéotomisé depuis 2021.", 'health', ['myopathie', 'trachéotomisé']],
    ["a doctor's title in capitals or typed in lower case before a surname (`DR PAOLI`, `dr vasseur`); not a marking (`DR SPÉCIAL FRANCE`)", 'MÉDECIN TRAITANT : DR PAOLI. DR SPÉCIAL FRANCE.', 'person-name', ['PAOLI']],
    ['a surname typed in lower case after a doctor\'s abbreviated title (`a voir avec dr vasseur demain`)', 'a voir avec dr vasseur demain', 'person-name-lower-case', ['vasseur']],
    ["a surname alone after a form's label of someone in the file (`Nom de l'enfant : FOFANA`, `Nom du défunt : HADDAD`)", "Nom de l'enfant : FOFANA\nNom du défunt : HADDAD", 'person-name', ['FOFANA', 'HADDAD']],
    ['a first name that is also a word, paired with a full name (`Claire et Antoine Roussel`), and an initial and a surname before a staff number (`B. Nguyen (matricule 20418)`)', 'Claire et Antoine Roussel, 02 61 91 27 66. Agent B. Nguyen (matricule 20418).', 'person-name', ['Claire', 'Antoine Roussel', 'B. Nguyen']],
    ["a child's diabetes devices, tick bites, pain clinics, work-related diseases and accidents at home said of someone (`capteur Dexcom G7`, `piqué par une tique`, `centre de la douleur`, `asbestose`, `ingestion d'une pile bouton`)", "Lina Kouyaté : DT1 sous pompe Omnipod 5, capteur Dexcom G7, boucle fermée, suivi en diabétologie. M. Paul Roux a été piqué par une tique ; asbestose ; syndrome de Raynaud. Mme Roux est suivie au centre de la douleur pour un syndrome douloureux régional complexe. Ousmane, 19 mois : ingestion d'une pile bouton, charbon activé.", 'health', ['DT1', 'Omnipod', 'Dexcom', 'boucle fermée', 'suivi en diabétologie', 'piqué par une tique', 'asbestose', 'syndrome de Raynaud', 'centre de la douleur', 'syndrome douloureux', "ingestion d'une pile bouton", 'charbon activé']],
    ["a home hospitalisation after French words (`passe en HAD`, `sortie d'HAD`); children's skin infections and lice, a diuretic, dementia's devices and units said of someone (`poux`, `impétigo`, `Lasix`, `bracelet anti-fugue`, `UHR`)", "Mme Fatima Benhaddou passe en HAD demain ; sortie d'HAD le 15/09. Lina Martin a des poux et un impétigo ; teigne du cuir chevelu. M. Paul Roux : Lasix, syndrome de Korsakoff, bracelet anti-fugue, demande UHR.", 'health', ['HAD', 'HAD', 'poux', 'impétigo', 'teigne du cuir chevelu', 'Lasix', 'syndrome de Korsakoff', 'bracelet anti-fugue', 'UHR']],
    ["a product against lice and poultry's red mites are no one's lice (`lotion anti-poux`, `poux rouges`), nor is the CPEF alone anyone's care", 'Mme Rose Martin commande une lotion anti-poux ; M. Paul Roux traite les poux rouges de son poulailler. Mme Léa Martin travaille au CPEF.', 'health', []],
    ["trisomy 21 by its short and English names, genetic data as the rules have it (`T21`, `Down syndrome`)", 'Sophie Martin (T21, 52 ans) vit au foyer. His son Hugo has Down syndrome.', 'special-category', ['T21', 'Down syndrome']],
    ["sight, hearing, the heart and drinking in old age said of someone (`trabéculectomie`, `presbyacousie`, `valvulopathie`, `glaucoma`, `boit en cachette`)", "Mme Léa Roux : trabéculectomie OD, presbyacousie, valvulopathie mitrale, syndrome démentiel débutant, certificat ophtalmo. Mr Paul Hughes has glaucoma under latanoprost. Ma mère boit en cachette.", 'health', ['trabéculectomie', 'presbyacousie', 'valvulopathie', 'syndrome démentiel', 'certificat ophtalmo', 'glaucoma', 'latanoprost', 'boit en cachette']],
    ['a first name at the start of a sentence before a verb of case notes (`Nadia a manqué ses séances`, `Sylvie a donné son accord`)', "C'est Maëlle du centre. Nadia a manqué ses 2 dernières séances. Sylvie a donné son accord écrit.", 'person-name', ['Maëlle', 'Nadia', 'Sylvie']],
    ['an information of concern misspelt (`information préocupante`)', "Transmission d'une information préocupante à la CRIP concernant Ilyès M.", 'social-case', ['information préocupante', 'CRIP']],
    ["neuromuscular diseases, smoking, egg donation and dys disorders said of someone (`myasthénie`, `consultation de tabacologie`, `don d'ovocytes`, `dysgraphique`)", "M. Paul Roux : myasthénie généralisée, dystrophie musculaire des ceintures. Mme Roux : tabagisme actif, consultation de tabacologie, substituts nicotiniques ; don d'ovocytes en Espagne, syndrome des ovaires polykystiques, salpingectomie. Son fils Hugo est dysgraphique et dysorthographique.", 'health', ['myasthénie', 'dystrophie musculaire', 'tabagisme', 'consultation de tabacologie', 'substituts nicotiniques', "don d'ovocytes", 'syndrome des ovaires polykystiques', 'salpingectomie', 'dysgraphique', 'dysorthographique']],
  ])('%s', (_why, text, detector, value: string | string[]) => {
    expect(valuesFound(text, detector)).toEqual(Array.isArray(value) ? value : [value]);
  });
});

describe('clean prompts written like the shapes above', () => {
  it.each([
    ['a letter template', 'Rédige un courrier type : madame, monsieur, nous accusons réception de votre demande.'],
    ['a function in lower case', 'explique à madame la présidente le budget de la pch pour 2025'],
    ['JSON without people', '{"nom": "Projet Alpha", "budget": 120000, "service": "DSI"}'],
    ['a quoted CSV of services', '"Nom";"Budget";"Responsable"\n"Voirie";"1200000";"DGA Territoires"'],
    ['a bulleted list of topics', '- Confidentialité des données : rappel RGPD\n- Sécurité : mots de passe forts'],
    ['places that are first names', 'Florence est une ville italienne ; Nancy accueille le congrès.'],
    ['a URL with acronyms', 'Vérifie cette URL : https://www.mdph12.fr/aah/demande?type=pch'],
    ['a topic typed in lower case', "bonjour, pouvez-vous m'expliquer le rôle de l'ase et de la pmi ?"],
    ['an empty form', 'Modèle de fiche : nom : xxx, prénom : xxx, date de naissance : jj/mm/aaaa'],
    ['escaped HTML', '&lt;p&gt;Bienvenue sur le site du département&lt;/p&gt;'],
    ['an HTML table of budgets', '<table><tr><th>Service</th><th>Budget 2025</th></tr><tr><td>Voirie</td><td>1 200 000</td></tr><tr><td>Collèges</td><td>850 000</td></tr></table>'],
    ['lower-case words that are acronyms elsewhere', "aah, je vois : le girofle et l'imprimerie, en gir 7"],
    ['topics that share words with injuries and documents', 'Note sur la fracture numérique et la fracture sociale ; le passeport talent ; une campagne contre les violences sexuelles'],
    ['a farm and a worker in transition, not a gender transition', "L'exploitation est en transition vers le bio. Depuis mars, je suis en transition professionnelle."],
    ['SQL without people', "INSERT INTO aides (code, libelle) VALUES ('RSA', 'Revenu'); SELECT * FROM aides WHERE statut = 'Actif' AND libelle LIKE 'Aide%'"],
    ['a blood test, a water works and an island that are also names', "Fiche : pourquoi la prise de sang INR. Arrêt de l'usine Louis-Pasteur le 13/10. Navette pour Jersey le 3 novembre."],
    ['a ship in quotes, a berth on a quay and a sea in a company name', 'Le caboteur "Anna Kristina" accoste au poste 3 quai Éric-Tabarly ; la société Aéroports Iroise Exploitation exploite l\'aérogare.'],
    ['adapted physical activity on prescription, and a GTFS row of stops', 'FAQ : activité physique adaptée (APA) sur prescription médicale, 30 € les 12 séances. Arrêts : S04121,4121,Place Jean-Jaurès,45.168851,4.822017'],
    ['peers greeted in a letter, and a town that is a title\'s abbreviation', 'Chère Consœur, cher Confrère : la monnaie vient de l\'atelier de Melle.'],
    ['towns that were first names of the list', 'Bureaux de vote : clôture 19 h (18 h à Lorris), dépouillement à Saran.'],
    ["a directory's row of collèges, the address after the town and its INSEE code", '| Collège Jean-Moulin | Saint-Cyr-sur-Loire | 37214 | 3 rue du Colombier, 37540 Saint-Cyr-sur-Loire | 522 318,4 |'],
    ['a paragraph of configuration typed without capitals under a question written with them', 'Peux-tu expliquer ce bloc Nginx ?\n\ngeo $interne {\n    default 0;\n    include interne.conf;\n}'],
    ["an FAQ's notes on giving blood, typed without capitals under an instruction (`sang` is also a first name)", "Transforme ces notes en FAQ pour l'intranet :\n\n- poids minimum 50 kg\n- délai entre deux dons de sang total : 8 semaines"],
    ["a glossary's English column (`foster` is also a first name)", 'terme_fr;en;remarque\nassistant familial;foster carer;ne pas traduire par « family assistant »'],
    ["a collège's inauguration in a town that is also a rare first name (`Liévin`)", "Le Président à l'inauguration du collège Jean-Moulin rénové de Liévin, en présence de Madame la Préfète."],
    ["a table of novels, one of them named like a rare first name (`Germinal`)", '| Titre | Date | Mouvement |\n|---|---|---|\n| Le Horla | | |\n| Germinal | | |\n| Madame Bovary | | |'],
    ["a heritage text naming an emperor who is on the INSEE list (`Charlemagne`)", "Le trésor abrite la statue-reliquaire de sainte Foy, jeune martyre d'Agen, ainsi que le « A » de Charlemagne."],
    ["an agricultural show's stands numbered along its alleys (`Stand 14, allée des Éleveurs`)", 'Plan des stands :\nStand 14, allée des Éleveurs — syndicat de race Aubrac — 16 A mono\nStand 21, allée Olivier-de-Serres — 32 A tri'],
    ["a tractor maker named after its founder (`John Deere`)", "Le concessionnaire présentera deux tracteurs John Deere 6R 150 et un télescopique sur son stand."],
    ["towns and a greeting that are also rare first names (`Bonifacio`, `Péronne`, `Salam`)", "Salam ! Les navettes partiront de Bonifacio le 3 juin et de Péronne le 5 juin pour la rencontre des clubs."],
    ["a loan's list of papers typed without capitals (`promesse` is also a first name)", "pieces a fournir : derniers bulletins de salaire ou promesse d'embauche, rib, avis d'imposition"],
    ['countries and a fairy that hold rare first names (`Sri Lanka`, `Viet Nam`, `Mélusine`)', 'Origines des familles accueillies : Sri Lanka 4, Viet Nam 3. Le spectacle « La fée Mélusine » aura lieu samedi.'],
    ["a piercing parlour's price list typed without capitals (`arcade` is also a first name)", 'tarifs du salon : lobe, helix, tragus, nez, arcade, nombril. formation gestes qui sauvent au chu mardi'],
    ["a shared garden's varieties named like people (`tomates 'Rose de Berne'`, `fraisiers 'Mara des bois'`, `Mirabelle de Nancy`, `Reinette grise`)", "Semis du jardin partagé : tomates 'Rose de Berne' et 'Green Zebra', fraisiers 'Mara des bois'. Récolte du verger : Mirabelle de Nancy, Reinette grise du Canada."],
    ['a fact said to stay under professional secrecy, in an FAQ', "R : Vous recevrez un accusé de réception sous 48 h ouvrées ; le détail de l'évaluation reste couvert par le secret professionnel.\nQ : Le portail ne fonctionne pas."],
    ['a Basque province in the lots of a contract', 'Lot 1 : Béarn est ; lot 2 : Béarn ouest ; lot 3 : Soule et Pays basque intérieur.'],
    ['potato varieties after their plant', 'LÉGUMES\n- Pommes de terre Charlotte, sac de 10 kg : 1,35 €/kg\n- Pommes de terre Amandine (primeur)\nPlat : bœuf mode, pommes vapeur Charlotte'],
    ['menus named after chefs', 'Lundi – menu Auguste Escoffier\nEntrée : velouté Du Barry\n\nJeudi – menu Paul Bocuse\nEntrée : soupe de légumes du marché'],
    ['a toy library named after a writer', "Les enfants sont accueillis par l'équipe de la ludothèque Victor-Hugo. Plus d'infos à l'accueil."],
    ['an audio network named after a poet', 'Plage libre pour vos appareils : 192.0.2.100 à 192.0.2.150 ; le réseau Dante secondaire est en 198.51.100.0/24'],
    ['an army hospital named after a surgeon', "Les militaires blessés en opération sont soignés à l'HIA Percy depuis 2019."],
    ['a Welsh street in an address', 'Centre address: 14 Heol y Coed, Cardiff, United Kingdom'],
    ['versions listed after a long sentence opening on the word', "Version de l'appli : 4.12.3 (build 20260302.1), JDK 17.0.10, PostgreSQL 15.6, agent de supervision 7.0.4.2. Nombre de ventes hier : 1 284 cartes."],
    ['a greenway named after Jaurès', "Résume l'état de la route V86 et de la voie verte Jean-Jaurès en 5 lignes."],
    ["a greenway's counter in a CSV export", 'site;compteur;ip;horodatage;sens;comptage\nVoie verte Jean-Jaurès PR 12+300;Y2H21046473;192.0.2.14;2026-03-02 08:00;vers Vallon;21'],
    ['carpooling areas named after people, in a list', "Pour la nouvelle aire, on a déjà Jean-Jaurès, Lucie-Aubrac et Pierre-Soulages : propose d'autres noms."],
    ['a health centre named after Pasteur', "Séances gratuites sans rendez-vous à l'espace santé Louis-Pasteur, vérification des carnets, rattrapage ROR pour les adultes nés après 1980."],
    ['a car park and a station named after people, at the start of lines', 'Parking Jean Moulin : 240 places.\nStation Marie Curie : fermée le dimanche.'],
    ["colleges named after people, with their counts", "J'ai ces chiffres : Jean-Moulin 12, Marie-Curie 9, Simone-Veil 11, Jules-Ferry 10. Fais-moi un graphique."],
    ['a town of the Lot and its chasm', "Le maire de Martel propose de prêter un véhicule ; le gouffre Martel reste fermé au public cet été."],
    ['a template letter to the pharmacist', 'Madame, Monsieur le Pharmacien titulaire,\n\nDans le cadre du plan canicule, merci de nous signaler les personnes isolées.'],
    ['tyres of a brand and a port, named like people', 'BC-2026-004541 — 4 pneus Michelin Agilis + révision Renault Kangoo.\nAstreinte routes : pleine mer à Diélette samedi 21 mars à 07h12 (coefficient 117).'],
    ["a château's wings named after Murat and Sully", "Samedi : ouverture exceptionnelle de l'aile Murat restaurée. L'ascenseur de l'aile Sully fonctionne de nouveau."],
    ['an on-demand transport app and a shelter named like people', "Le samedi, réservez avant 18 h sur l'application Léa. Les chats du refuge Louise-Michel sont complets jusqu'au 20/10."],
    ['software, a county and the procurement board, named like people', "Peux-tu convertir ces blocs dhcpd au format de Kea ? La licence Miro arrive à échéance. Ils viennent de Kent. Relis le pv cao du 12/05/2025.\nGrand-mère mat. : visites le mercredi."],
    ['a boot version shaped like an IP address', "Vérifier la version affichée au démarrage (ex. « boot 2.0.1.14 »). Ne pas interrompre l'alimentation."],
    ['a prayer of the Mass and a ballet in a concert programme', "Dimanche 16 h – église Saint-Pierre :\n- K. 626 (Introitus, Kyrie, Lacrimosa)\n- Danse classique C1 : extraits de Coppélia (valse des heures), 6 min"],
    ['an airport and its code in a flight table', "XR 4530 | 6 | 14:15 | ARR | Paris-Orly (ORY) | AT76 | F-HXRC\nXR 4531 | 6 | 15:00 | DEP | Paris-Orly (ORY) | AT76 | F-HXRC"],
    ['sea marks named after people', "Les feux Fl(3) W 15s et Iso G 4s 6M sur la balise Jean-Bart. Que veulent dire ces marques : tourelle Marie-Jeanne, cardinale ouest, Q(9) 15s ?"],
    ['the word for sorting in a request typed without capitals', "reprends la liste d'attribution du 2 avril : tri par date de demande, ajoute une colonne pour le rang"],
    ['words, places, a star and a painting that are rare first names', "Sortie au Louvre pour voir la Joconde, puis soirée d'observation : Altaïr et le cratère Clavius. Retour par Meylan.\nConcert Swing Gadjo le 12, repas karma et semi frigo à prévoir."],
    ['stretches of road works numbered like house numbers', "Plantation de haies le long des routes départementales\nTranche 1 avenue Jean-Jaurès (RD 988) : 1 280 ml, haie double\nTranche 2 route Pierre-et-Marie-Curie (RD 840) : 1 150 ml"],
    ['army hospitals named after surgeons, in a list', "Les hôpitaux d'instruction des armées (HIA Percy à Clamart, HIA Bégin à Saint-Mandé) accueillent les blessés ; la MDPH reste compétente pour la RQTH."],
    ["pets' names", "Le chien Bijou et la chatte Câline sont gardés par la voisine pendant l'hospitalisation."],
    ["a museum's inventory numbers shaped like IP addresses", "N° inv.;Désignation;Matière\n1986.3.1;Croix de guerre;bronze\n86.14.2.1;Lettre d'un soldat du 7e RI;papier"],
    ['a syndrome and a farm co-op in a note typed without capitals', "fiche reflexe diogène : accumulation, incurie. la cuma prete la remorque"],
    ['a goddess, a film, a minister and a village that are rare first names', "Le tome 2 du guide (éditions Cérès) et le film Nemo sont à la médiathèque ; salle Colbert, rendez-vous à Piana."],
    ['a firmware version after network settings', "Infos techniques : bornes en 198.51.100.0/24, passerelle 192.0.2.1, DNS 192.0.2.53, firmware des bornes 6.5.54.0"],
    ['a god and a space probe that are rare first names', "Sur la prairie, le jeune aigle Apollon sera présenté par la soigneuse. Atelier du mercredi : la comète de Rosetta."],
    ['trophies named after founders, in a prize list', "Dotations :\n- Coupe Marie-Louise Cabrol : 1re féminine, 500 €\n- Challenge Roger Vialatte : club le plus représenté\n- Prix Émile Bousquet du meilleur espoir : 200 €\n- Souvenir Jean-Pierre Fabié : 150 €"],
    ['campsites named after people, in a table', "Nom\tCommune\tClassement\nCamping Victor-Hugo\tLangogne\t2*\nCamping Le Moulin de Martin\tChanac\t3*"],
    ['a firmware version after its colon', "Chronométrage : DNS 192.0.2.53\n- Firmware des décodeurs : 4.2.17.3"],
    ["a tree's Latin name", "Pour l'atelier des CM2, écris une fiche par arbre avec son nom latin : Quercus robur, Tilia platyphyllos, Fagus sylvatica."],
    ['a composer and a cartographer, by their surnames', "| École de musique et de danse Erik-Satie | associatif | 214 |\nCompare la projection de Peters et celle de Mercator."],
    ['a geological stage, a mineral and a cave', "MHN.1962.1.1020 — Pentacrinites fossilis, Blumenbach, 1804, plaque à crinoïdes, Lias.\n- Olivine : minéral vert des basaltes.\nExercice de secours au gouffre de Jardel au printemps."],
    ['a competition level and a coat colour', "Engagements n° 202512034 – Club, Poney, Amateur\nCAPUCINE DES BOIS\tF\tPFS\tPie\t2012"],
    ['a lunar crater and a moon', "Sur la Lune : cratères Copernic, Clavius, Tycho, Platon, Ptolémée.\nLunes d'Uranus : Umbriel, Titania et Obéron."],
    ["a writer's surname, as a talk's subject and a street's name", "10h30 Fénelon et l'éducation des princes\nCÉRÉMONIE DU 11 NOVEMBRE — MONUMENT AUX MORTS — ALLÉES FÉNELON"],
    ["a city's Roman name, as an elm's cultivar, and a plant's genus", "- essences : Ulmus 'Lutèce' (résistant à la graphiose) 48 u.\n2003.0077;Camellia japonica;Don;18/02/2003"],
    ["the carnival's effigy after a title", 'Il manque quoi dans ces consignes du bûcher de Monsieur Carnaval ? hauteur 6 m, 2,5 t de bois non traité'],
    ["a chess player's surname and an adjective, in clubs' names", 'Échiquier Ruthénois 1 – Cercle Philidor Millau : 3,5 – 2,5\nChar des Gais Lurons : 14 h, place du Foirail'],
    ["a furniture style, whose number has no vowel, and Venice's French name", "- conférences : « Reconnaître un meuble Louis XV d'une copie Napoléon III »\n- un lot de perles de verre de Venise ;"],
    ["a bound of eligibility on a birth date, in a prize's rules and a form's age check", "prix jeunes de 60 € réservé à tout joueur né(e) le 1er janvier 2010 ou après\n- contrôle d'âge : 18 ans révolus, soit une date de naissance : 15/01/2008 au plus tard ;"],
    ["a stretch of a street's numbers, in a census district", 'Le district 0012 couvre la rue Nationale côté pair, du 2 au 48 rue Nationale, et la rue Colbert en entier'],
    ["bodies born of a council's will or of volunteers' initiative, and a Christian welcome typed in lower case", "Le gîte, né le 1er avril 2010 de la volonté du conseil municipal, est labellisé\nles 50 ans du rallye : il est né le 14 avril 1976 à l'initiative d'une poignée de bénévoles\ntampon dans le hall, nuitée 15e, repas en donativo, accueil chretien, priere a 21h"],
    ['famous people of the past, quoted and honoured', "« Le bonheur de la vieillesse, c'est de savoir qu'on a été utile », aurait écrit Victor Hugo.\nJournée des droits des femmes : portraits de Louise Michel, Olympe de Gouges et Joséphine Baker."],
    ["receipts' and quotes' numbers after `n°`", 'Titre de recette n° 0612 4587 39 du 3 mars\nQuittance n° 0625031487 ; contrat RC n° 0412773059 ; devis fournisseur n° 0553420118'],
    ["a rally's special stage before its road", 'Horaires : ES 3 Route des Crêtes, départ de la première voiture à 9 h 12 (14,2 km)'],
    ["a software's versions, the one it was updated from and the one to go back to", 'Logiciel : DomeSky Pro 7.24.3.1 (mise à jour depuis 7.23.9.0 le 06/02/2026)\nQuestion : existe-t-il un correctif, ou faut-il revenir à la 7.23.9.0 ?'],
    ["an idea born on a date", "L'idée de ce gîte est née le 14 septembre 2021, lors des Journées européennes du patrimoine."],
    ["lock gates' codes listed after the word for them", 'Lot 1 – Serrurerie (6 paires de portes, repères GMAO PT-031-AV, PT-032-AV, PT-033-AM, PT-034-AV)'],
    ['a letter template whose placeholders name no one', "[Prénom NOM]\n[Adresse]\n\nObjet : notification de votre allocation personnalisée d'autonomie – dossier n° [XXXXXX]\n\nMadame, Monsieur,\nSuite à votre demande du [JJ/MM/AAAA], le plan d'aide vous est notifié."],
    ["an accounting commitment's number after `n°`, and a newspaper born on a date", "- Bon de commande BC-2026-00871 ; engagement comptable n° 0612204487\n- le journal est né le 14 septembre 1944, trois semaines après la libération de la ville"],
    ["a plum in a list of jams, a festival born on a date and a card terminal's remittance number", "Au menu : confitures Reine-Claude et Mirabelle, savons Violette et Rose.\nLa fête médiévale de Vertus, née le 14 juillet 1994 d'une idée du comité des fêtes.\nCode promo utilisé 143 fois ; remise TPE n° 0639981204 du 03/06."],
    ['dishes named after people, a contest born on a date and food named by codes', "Au menu : croque-monsieur Emmental, potage Parmentier, crêpes Suzette, salade César et pêche Melba.\nLe concours, né le 14 mars 2019 d'une idée du Conseil départemental.\n\n| Code art. | Désignation |\n|---|---|\n| VB-150-HC | Bœuf haché |\n\nCode TT-800-HV | Tarte Tatin"],
    ['storms named like people, and flight cases listed by their codes', "VENT VIOLENT – TEMPETE CIARAN\nLa RD 21 est fermée depuis la tempête Ciarán ; pendant Ciarán, 40 interventions.\nDécor : 3 flight-cases réf. FK-318-BD, FK-319-BD et FK-320-BD ; 4 flight-cases réf. DX-210-LT à DX-213-LT."],
    ['rose cultivars quoted as horticulture writes them, and a column of article codes', "Au massif des rosiers : 'Madame Alfred Carrière', 'Henri Martin' et 'Albertine'.\n\ncode_article;designation;prix_ttc\n0412557890;grimpant 'Pierre de Ronsard';24,90\n0321904476;buisson 'Marie Curie';16,50"],
    ["assets' inventory and serial numbers shaped like passports", 'Poste PC-ARCH-23IT01187 (Dell OptiPlex 7010, n° inventaire 22IM00058) ; vidéoprojecteur Epson EB-695Wi, n° de série 23TC04518.'],
    ['animals named like people, then by their names alone', "Le chevreuil Ulysse porte un collier GPS ; Ulysse a traversé la RD 12 à 6 h. La génisse Pâquerette est rentrée à l'étable, et la chienne Kaïna au chenil."],
    ['a housing estate born on a date', "Le lotissement du Clos Jean-Jaurès est né le 14 mars 1972 d'un arrêté préfectoral."],
    ['garments and collars named after people (`la robe Joséphine`, `col Claudine`)', 'Robe Joséphine T38 écru, la veste Marius en velours, un col Claudine ou un col Mao : quelle différence ? La robe Simone taille petit.'],
    ["a list of fruits' and potatoes' varieties, some named like people", '• Poires : Williams, Beurré Hardy, Conférence.\n• Pommes de terre : Charlotte, Amandine, Bintje.\nFraises : Gariguette, Charlotte, Mara des bois.'],
    ["a festival's tent and bandstand named after musicians", 'Coupure de 10 min sur le chapiteau Nina-Simone ; le kiosque Django-Reinhardt reste ouvert.'],
    ["an honorary consul's title, and a thermometer screen named after its inventor", "Monsieur le Maire, Madame la Consule honoraire, chers amis. L'abri Stevenson d'origine sera conservé."],
    ['a boat launched on a slipway, and a slipway named after a privateer', 'Le dundee thonier Notre-Dame-des-Flots est né le 3 mai 1928 sur la cale du chantier du Rohu. Départ à côté de la cale Jean-Bart.'],
    ['a label after famille', 'La commune a obtenu le label Famille Plus pour ses activités'],
    ['groups after chez les', "Réunion chez les Verts, puis chez les Compagnons d'Emmaüs et chez les Restos du Cœur"],
    ['AI models by name', 'Utilise Claude Sonnet pour reformuler ; Claude Opus est-il meilleur que Mistral Large ?'],
    ['Markdown headings in bold', '**Objet :** _Budget primitif 2025_ — **Service :** `Voirie`'],
    ['offices and their addresses', "Permanences à l'Hôtel du Département, 11 rue François Chénieux, Limoges, et à la Maison des solidarités, 3 boulevard Clemenceau, 19200 Ussel"],
    ['a lycée hosting a meeting', 'Lieu : Lycée polyvalent Marguerite-Yourcenar, 40 boulevard du Maréchal-Foch, 72200 La Flèche — salle B12'],
    ["public offices' addresses in a list", "- Préfecture, bureau de l'asile et du séjour : 1 place de la Préfecture, 71000 Mâcon\n- OFII, direction territoriale : 2 rue des Jardins, 21000 Dijon"],
    ['a network inventory with MAC addresses', 'CD12-PC-04417;Hôtel du Département;Latitude 5440;5CG3218XKT;3C-52-82-1A-7F-09;Windows 11 23H2'],
    ['places of roadworks and a parcel', "Feu de broussailles au lieu-dit Le Puech ; parcelles cadastrées section AH n° 112, 113 et 118p (partie), lieu-dit Les Combes"],
    ['a directory of establishments', 'Établissement | Commune | Adresse | Places\nEHPAD Les Tilleuls | Cahors | 12 rue des Capucins, 46000 Cahors | 84\nIME Les Sources (Figeac) | 45 | 1 | 17'],
    ["the autonomy office's and the archives' addresses", "Accueil : Maison départementale de l'autonomie, 5 avenue de l'Europe, 12000 Rodez. Archives départementales, 25 avenue Victor-Hugo, 12000 Rodez"],
    ['a marking named in an instruction', 'Reformule ce rapport en une page. Garde la mention CONFIDENTIEL en tête.'],
    ['a template letter with bracketed fields', "Madame, Monsieur le Docteur,\nJ'ai reçu en consultation votre patient(e) [NOM Prénom], né(e) le [JJ/MM/AAAA].\nTraitement / méthode de contraception : [à compléter]"],
    ["a laboratory's request numbers, by their column", 'n_demande;date_prelevement;point;parametre;resultat\n0412250387;04/12/2025;robinet mairie;Nitrates;38,2\n0801260112;08/01/2026;robinet école;Nitrates;41,7'],
    ["a reference's format given as an example", "Rejet si le numéro d'engagement juridique à 10 chiffres du type 0412038571 manque sur la facture."],
    ["a site meeting's minutes written by the OPC (scheduling, a firm's role)", 'Rédacteur : OPC\nObjet : réunion de chantier n° 14, lot 03 gros œuvre'],
    ["fire stations' addresses (`CIS`)", 'Portes ouvertes le 14 juin :\n- CIS Agen, 2 avenue du Colonel-Bernard, 47000 Agen — manœuvre à 11 h\n- CIS Nérac, 31 boulevard Pierre-de-Coubertin, 47600 Nérac — démonstration à 15 h'],
    ['a brass band (`Harmonie` is also a first name) and a play', 'Programme du samedi : « Le Malade imaginaire », version jeune public.\nSubventions :\n  • Harmonie de Saint-Vallier : 3 200 €'],
    ["a fleet's vehicles by category (`VL`, `VU`) and model", 'code;cat;modele;km\nVH0102;VL;Clio V;11 204\nVH0109;VL;Zoé;6 912\nVH0161;VU;Kangoo;8 440'],
    ["organisations' mail addresses (CEDEX, CS, TSA)", 'Écrire à la CNIL, 3 place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07, ou à la paierie départementale, 2 place du Martroi – 45000 Orléans, ou au Département, CS 30001, 12031 Rodez Cedex 9'],
    ['a fictitious case whose people are letters', "Cas fictif pour la formation : Mme B. se présente à l'accueil, M. E. attend derrière."],
    ['case law whose party is a letter', 'Portée : confirme la jurisprudence Mme A. (CE, Section, 2012).'],
    ['an inclusive house named after someone', "Communiqué : inauguration de la Maison partagée Louise-Michel, premier habitat inclusif du secteur."],
    ["a care home's units named after writers (`unité Colette`)", 'Stock par unité : unité George-Sand 71 cp, unité Colette 58 cp ; chariot n° 2 à l\'unité Colette.'],
    ["games named like people or pulses (`Mario Kart World`, `EA Sports FC 26`)", 'Tournoi de samedi à la médiathèque : EA Sports FC 26 et Mario Kart World, 16 places, inscriptions à l\'accueil.'],
    ['a bird survey (`Fauvette` is also a first name)', 'Espèces contactées : Fauvette à tête noire 22, Fauvette de Moltoni 4, Pouillot de Bonelli 9.'],
    ["a carers' survey typed without capitals (`aidée` is also a first name)", "- 38 % ont déjà utilisé l'accueil de jour\n- principaux freins : coût (41 %), refus de la personne aidée (37 %), transport (22 %)\n- 12 % des proches aidés ont connu une errance"],
    ["a template letter whose fields are a child's name and a date in brackets", "Modèle de courrier : « Madame, Monsieur,\nDans le cadre de l'accompagnement de votre enfant [PRÉNOM NOM], nous vous invitons à une réunion le [DATE] à [HEURE]. Cette rencontre a pour objet de faire le point sur sa santé, sa scolarité et le projet pour l'enfant. »"],
    ["a snowplough circuit's turning point (`PR 9`, a road's reference point, before a road's name)", 'Circuit C2 (P1) : RD 996 PR 31+200 → 45+600 ; départ 04h30 ; demi-tour au PR 9, route de Murol, avant la descente sur Saint-Nectaire.'],
  ])('%s is allowed by the default policy', (_what, text) => {
    expect(defaultVerdict(scan(text))).toBe('allow');
  });
});

describe('structured data', () => {
  it('takes only keys that are labels for names, and quotes for quotations', () => {
    for (const text of ['Dupont&Fils', 'M. Durand&Co', '{"statut": "VALIDE", "code": "RSA"}', '<etat>OUVERT</etat>', 'Il a dit "Bonjour" puis "Merci"', '?ref=Dupont-2024', '{"name": "Search", "to": "Support"}']) {
      expect(scan(text).filter((finding) => finding.type === 'PERSON_NAME'), text).toEqual([]);
    }
  });

  it('reads the header of a long CSV export for its last rows too', () => {
    // Rows past the 200th once lost their header, and an allocataire number needs it.
    const rows = Array.from({ length: 500 }, (_, i) => `DOSSIER${i};${1_000_000 + i * 7}`);
    const csv = `Nom;N° allocataire\n${rows.join('\n')}`;
    const numbers = scan(csv).filter((finding) => finding.type === 'CAF_NUMBER').map((finding) => csv.slice(finding.start, finding.end));
    expect(numbers).toHaveLength(500);
    expect(numbers).toContain(String(1_000_000 + 499 * 7));
  });

  it('reads a label in an XML attribute or a keyword argument, in double quotes as in single', () => {
    for (const text of ['<usager nom="DUPONT" prenom="Marie"/>', 'Demandeur(nom="BRUNET", prenom="Mathis")', "Demandeur(nom='BRUNET', prenom='Mathis')"]) {
      expect(scan(text).filter((finding) => finding.type === 'PERSON_NAME' && finding.score >= 0.8), text).toHaveLength(2);
    }
  });
});

describe('text typed in lower case', () => {
  it('does not take an address, a path or an identifier for an acronym', () => {
    for (const text of ['postgres://app@db.interne.local:5432/ase', 'voir www.mdph.fr pour mme martin', 'mme martin : clé rsa_key.pem']) {
      expect(scan(text).filter((finding) => finding.type !== 'PERSON_NAME' && finding.type !== 'EMAIL' && finding.type !== 'SECRET'), text).toEqual([]);
    }
  });

  it('still reports the acronym in running text, and topics stay topics', () => {
    expect(valuesFound('sa mère perçoit l’apa depuis mars', 'social-case')).toEqual(['apa']);
    expect(valuesFound('mme benali ki touche l’aah', 'health')).toEqual(['aah']);
    expect(valuesFound('mme benali ki touche l’aah', 'person-name-lower-case')).toEqual(['benali']);
    expect(scan('aah, je vois : explique-moi les critères')).toEqual([]);
    expect(scan('explique le rôle de la mdph et les critères de la pch')).toEqual([]);
  });
});

describe('dates', () => {
  it('does not take a sentence with commas under a birth date for a table whose column is births', () => {
    const text = 'Mme Fatima EL IDRISSI, née le 29/10/1992 à Casablanca.\nPoste : assistante socio-éducative à la MDS de Vitré, du 05/01/2026 au 30/06/2026, temps complet.';
    expect(scan(text).filter((finding) => finding.type === 'BIRTH_DATE').map((finding) => text.slice(finding.start, finding.end))).toEqual(['29/10/1992']);
  });
});

describe('copied chats', () => {
  it('reads a Teams header with the directory\'s name, and takes the sender\'s service for no one\'s', () => {
    const text = 'Liste les actions :\n\nDupont-Leroy, Claire (DEF-ASE) 09:02\nbonjour, point sur le planning\n\n[11/03 16:20] Girard Stéphanie (MDPH)\nle dossier passe jeudi';
    expect(scan(text).map((finding) => [finding.type, text.slice(finding.start, finding.end)])).toEqual([
      ['PERSON_NAME', 'Dupont-Leroy, Claire'],
      ['PERSON_NAME', 'Girard Stéphanie'],
    ]);
  });

  it('reads a sender after a stamp with an ISO date', () => {
    const text = 'Résume :\n[2026-03-11 23:12] Mathis (éduc foyer): il a refait une fugue';
    expect(valuesFound(text, 'person-name')).toEqual(['Mathis']);
  });

  it('reads a sender given with an initial, or after an abbreviated day, and takes no stamp for a birth date', () => {
    const road = 'Secteur Nord\nChabrerie L. (PC viabilité) 06:55\nok merci, gendarmerie prévenue';
    expect(valuesFound(road, 'person-name')).toEqual(['Chabrerie L.']);
    expect(valuesFound('SMS avec un jeune\n[Lun 09:03] Younes: wesh madame', 'person-name')).toEqual(['Younes']);
    // The lines around speak of a birth certificate: the date that stamps a message is none the less no birth date.
    const mna = "il a un extrait d'acte de naissance mais pas de passeport\n[21/01/2026 10:05:40] Julie évaluation MNA: ok";
    expect(scan(mna).map((finding) => finding.type)).toEqual(['PERSON_NAME']);
  });
});

describe('UUIDs', () => {
  // Each of these used to give a card, IBAN or phone number (about one random UUID in 3,000 did).
  const lookalikes = ['5ba9892e-6139-4459-9166-a644885df707', '179c22cc-ad49-4826-839c-7d32c06f83ee', '34c3499e-0095-4639-8231-f7a8c38e194d', '0af52c4e-930e-48a3-9eeb-688171336680'];

  it('are never taken for personal data, alone or in a request body', () => {
    for (const uuid of lookalikes) {
      expect(scan(uuid), uuid).toEqual([]);
      expect(scan(JSON.stringify({ id: uuid, parent_message_id: uuid.toUpperCase() })), uuid).toEqual([]);
    }
    const found = Array.from({ length: 3000 }, () => crypto.randomUUID()).filter((uuid) => scan(uuid).length > 0);
    expect(found).toEqual([]);
  });

  it('may still be a secret, and do not hide data next to them', () => {
    const secret = 'api_key = "a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc"';
    expect(scan(secret).map((finding) => finding.type)).toEqual(['SECRET']);
    const text = `Carte 4970 1000 0000 0006, requête ${lookalikes[0]}`;
    expect(scan(text).map((finding) => text.slice(finding.start, finding.end))).toEqual(['4970 1000 0000 0006']);
  });
});

describe('how the text is stored', () => {
  // Fictitious. A page may store a string two bytes per character whatever it holds (the slice of
  // a string holding `€` stays so in V8); scan reads a text of Latin-1 only as its one-byte copy.
  const prompt = 'Mme Nathalie Dubois, née le 12/03/1980, tél. 06 12 34 56 78, suivie par l’ASE, IBAN FR76 3000 6000 0112 3456 7890 189.';
  const summary = (text: string) => scan(text).map(({ type, start, end, score }) => `${type}:${text.slice(start, end)}:${score}`);

  it('a text stored two bytes per character gets the findings of the same text stored one byte per character', () => {
    const twoBytes = `${prompt}€`.slice(0, -1);
    expect(twoBytes).toBe(prompt);
    expect(summary(twoBytes)).toEqual(summary(prompt));
    expect(summary(prompt).length).toBeGreaterThanOrEqual(5);
  });

  it('a short text holding characters beyond Latin-1 gets the findings of the text without them', () => {
    // Its patterns run on the one-byte copy, where `€` and curly quotes have stand-ins.
    expect(summary(`${prompt} Reste : 12 € “à régler”.`)).toEqual(summary(prompt));
  });
});
