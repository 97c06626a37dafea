import { describe, expect, it } from 'vitest';
import { foldedCopy, mayTellApart, oneByteCopy, PROXY_CHARS } from '@/utils/detection/one-byte-copy';
import { LATIN1_FOLDS, foldText } from '@/utils/detection/fold';
import { CANDIDATE_FIRST_CHARACTERS, NORMALIZATION_CANDIDATES, normalizeText, toOriginalSpan } from '@/utils/detection/normalize';
import { FOLDED_ANCHOR_PATTERNS } from '@/utils/detection/person-anchor';
import { DETECTORS } from '@/utils/detection/registry';

describe('normalizeText', () => {
  it.each([
    ['no-break and narrow no-break spaces become spaces', '06\u00A012\u202F34', '06 12 34'],
    ['a run of spaces of any kind becomes one space', 'FR76  3000\u00A0 4001 \u200B 2300\u2009\u2009x', 'FR76 3000 4001 2300 x'],
    ['tabs and line breaks stay: they separate table cells and rows', 'a \t b\n\n c', 'a \t b\n\n c'],
    ['zero-width characters are removed', 'je\u200Ban\u200D@x.fr', 'jean@x.fr'],
    ['Markdown escapes are removed', 'jean\\_dupont\\*', 'jean_dupont*'],
    ['an escaped backslash stays', 'a\\\\b', 'a\\\\b'],
    ['escaped quotes of a JSON string lose their backslash', '{\\"pwd\\": \\"x\\"}', '{"pwd": "x"}'],
    ['typographic dashes become hyphens', 'A\u2013B\u2212C', 'A-B-C'],
    ['full-width digits become ASCII', '\uFF10\uFF16', '06'],
    ['decomposed accents are composed', 'Rene\u0301e', 'Renée'],
    ["a document's name separates its words with spaces", 'IP_LEROY_Enzo_2026-03.docx ; LAMBERT_Julie_CER_2025 (1).pdf', 'IP LEROY Enzo 2026-03.docx ; LAMBERT Julie CER 2025 (1).pdf'],
    ["and the separator before a path's last name (not a URL's), and a tree listing's", 'S:\\Autonomie\\BOYER_Michel\n├───LEROY_Enzo\nGET /ged/ASE/MARTINEZ_Jade.pdf', 'S:\\Autonomie BOYER Michel\n├───LEROY Enzo\nGET /ged/ASE MARTINEZ Jade.pdf'],
    ["identifiers, URLs, a domain's user and dates keep theirs", 'user_name = x; https://x.fr/a_b.pdf?access_token=c_d; /user:CD\\gmercier; 12/03/2026', 'user_name = x; https://x.fr/a b.pdf?access_token=c_d; /user:CD\\gmercier; 12/03/2026'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('keeps the folded copy aligned with the text', () => {
    const { text, folded } = normalizeText('DUPONT Hélène, 12 € → ŒUVRE');
    expect(folded.length).toBe(text.length);
    // € and → fold to a Latin-1 character each (see LATIN1_FOLDS); Œ is spelt out first.
    expect(folded).toBe('dupont helene, 12 \u00a4 \u00ac oeuvre');
  });

  it('maps spans back to the original text across removed characters', () => {
    const original = 'x \\_a\u200Bb y';
    const normalized = normalizeText(original);
    const start = normalized.text.indexOf('_');
    const [from, to] = toOriginalSpan(normalized, start, start + 3);
    expect(original.slice(from, to)).toBe('\\_a\u200Bb');
  });

  it.each([
    ['a run of spaces', 'IBAN FR76  3000 \u00A04001 fin', 'IBAN FR76 3000 4001 fin', 'FR76 3000 4001', 'FR76  3000 \u00A04001'],
    ['e-mail quote marks at line starts, and only there', '> Bonjour,\n>> Mme Dupont\n> > x > y', 'Bonjour,\nMme Dupont\nx > y', 'Mme Dupont', 'Mme Dupont'],
    ['PDF ligatures to their letters', 'une insu\ufb03sance, son \ufb01ls', 'une insuffisance, son fils', 'insuffisance', 'insu\ufb03sance'],
    ['French ligatures to their letters', 'œdème de Quincke, sa sœur Lætitia, ŒUVRE', 'oedème de Quincke, sa soeur Laetitia, OEUVRE', 'soeur Laetitia', 'sœur Lætitia'],
    ['direction marks and isolates of messaging apps', 'tél. \u206606\u200e 12 34 56 78\u2069 !', 'tél. 06 12 34 56 78 !', '06 12 34 56 78', '06\u200e 12 34 56 78'],
    ['HTML character references', 'T&eacute;l. 06&nbsp;12&#160;34&#xA0;56 R&D &bogus; &#128512;', 'Tél. 06 12 34 56 R&D &bogus; \u{1F600}', '06 12 34 56', '06&nbsp;12&#160;34&#xA0;56'],
    ['mojibake of an export read in the wrong encoding, and no other Ã', 'LEFÃˆVRE HÃ©lÃ¨ne, FRANÃ‡OIS, Ã‰glise, JOÃO', 'LEFÈVRE Hélène, FRANÇOIS, Église, JOÃO', 'LEFÈVRE Hélène', 'LEFÃˆVRE HÃ©lÃ¨ne'],
    ['JSON escapes of logs', '{"nom": "H\\u00e9l\\u00e8ne", "c": "\\u2019"}', '{"nom": "Hélène", "c": "\'"}', 'Hélène', 'H\\u00e9l\\u00e8ne'],
    ['percent escapes of URLs', 'mail?to=jean.dupont%40cg12.fr&nom=H%C3%A9l%C3%A8ne%20Durand x%F0%9F%98%80 5%de %zz %0A %C3', 'mail?to=jean.dupont@cg12.fr&nom=Hélène Durand x\u{1F600} 5%de %zz %0A %C3', 'jean.dupont@cg12.fr&nom=Hélène', 'jean.dupont%40cg12.fr&nom=H%C3%A9l%C3%A8ne'],
    ['HTML table markup to tabs and rows', '<table>\n <tr><th>Nom</th> <th class="x">Prénom</th></tr>\n <tr>\n  <td>DUPONT</td>\n  <td>Marie</td>\n </tr>\n</table> <b>x</b>', '\nNom\tPrénom\nDUPONT\tMarie\n<b>x</b>', 'DUPONT\tMarie', 'DUPONT</td>\n  <td>Marie'],
    ['words hyphenated at the line ends of wrapped prose', 'Le dossier de Mme Françoise Dupont, qui a été hospita-\nlisée la semaine dernière, et son fils Jean-\nPierre', 'Le dossier de Mme Françoise Dupont, qui a été hospitalisée la semaine dernière, et son fils Jean-\nPierre', 'hospitalisée', 'hospita-\nlisée'],
    ['the column gaps of a fixed-width table to tabs, keeping its rows', 'NOM       PRENOM   NE(E) LE      N° ALLOCATAIRE\nDUPONT    Marie    12/03/1980    1234567\nLE  GALL  Yves     01/02/1975    7654321', 'NOM\tPRENOM\tNE(E) LE\tN° ALLOCATAIRE\nDUPONT\tMarie\t12/03/1980\t1234567\nLE GALL\tYves\t01/02/1975\t7654321', '12/03/1980\t1234567', '12/03/1980    1234567'],
    ['the padding around the pipes of psql output to one space, not a tab', ' nom      | nir\n----------+---------------\n DUPONT   | 1820112202177\n MARTIN   | 2790534172064', ' nom | nir\n----------+---------------\n DUPONT | 1820112202177\n MARTIN | 2790534172064', 'MARTIN | 2790534172064', 'MARTIN   | 2790534172064'],
    ['double spaces of prose, even in lines written alike', 'Lucas  PERRIN,  lucas.perrin@exemple.fr  ;  classe  4e\nInaya  BOUZID,  inaya.bouzid@exemple.fr  ;  classe  3e', 'Lucas PERRIN, lucas.perrin@exemple.fr ; classe 4e\nInaya BOUZID, inaya.bouzid@exemple.fr ; classe 3e', 'Inaya BOUZID', 'Inaya  BOUZID'],
    ['the dot leaders of a filled form', 'Nom : ........ DUPONT\nPrénom……………… Marie\nVille _____ Rodez ; il a dit... oui', 'Nom : DUPONT\nPrénom : Marie\nVille : Rodez ; il a dit... oui', 'Prénom : Marie', 'Prénom……………… Marie'],
    ['a dot leader before the form\'s own colon', 'NOM ........... : LACOMBE', 'NOM : LACOMBE', 'NOM : LACOMBE', 'NOM ........... : LACOMBE'],
    ['Markdown emphasis around a value', 'Mme **Dupont**, tél. _06 12 34 56 78_, `x`', 'Mme Dupont, tél. 06 12 34 56 78, x', 'Dupont, tél. 06 12 34 56 78', 'Dupont**, tél. _06 12 34 56 78'],
    ['Markdown emphasis nested, and not inside words or unpaired', '***Lina*** a __init__.py rsa_key 2*3 *a **b** c* x_ `y', 'Lina a init.py rsa_key 2*3 a b c x_ `y', 'a b c', 'a **b** c'],
    ['a run inside a value is not an emphasis', '_sk-ant-api03-_zb_ ~', 'sk-ant-api03-_zb ~', 'sk-ant-api03-_zb', 'sk-ant-api03-_zb'],
    ['list bullets at line starts, and only there', '• Nom : DUPONT\n  - Confidentiel\n> * a - b\n1. x', 'Nom : DUPONT\nConfidentiel\na - b\n1. x', 'DUPONT\nConfidentiel', 'DUPONT\n  - Confidentiel'],
  ])('reduces %s and maps spans back over it', (_what, original, text, value, originalValue) => {
    const normalized = normalizeText(original);
    expect(normalized.text).toBe(text);
    const start = normalized.text.indexOf(value);
    const [from, to] = toOriginalSpan(normalized, start, start + value.length);
    expect(original.slice(from, to)).toBe(originalValue);
  });

  it.each([
    ['dates and phones', 'née le 18/O3/1957, né le O2/12/2OO1 ; Tél. : O6 39 98 O4 63 ou 06 39 98 52 l7', 'née le 18/03/1957, né le 02/12/2001 ; Tél. : 06 39 98 04 63 ou 06 39 98 52 17'],
    ['a number after a hyphen or a colon, and text around it', 'FG-4l7-HK, le 21/1l/2O18 :48O2157', 'FG-417-HK, le 21/11/2018 :4802157'],
    ['letters in words and codes stay', 'H2O, CAR0N, BOUAZlz, Il a 2 ans, II, CO2, l\'O1 de la lO', 'H2O, CAR0N, BOUAZlz, Il a 2 ans, II, CO2, l\'01 de la lO'],
    ['an l for I in a word in capitals, not in a token in mixed case', 'Mme Océane MERClER, 12100 MlLLAU, token ghp_cfPn4mRlDRjLk 2', 'Mme Océane MERCIER, 12100 MILLAU, token ghp_cfPn4mRlDRjLk 2'],
    ['a code\'s letter before a zero stays, not a year\'s', 'offre O012-2026-03-047, née en l948', 'offre O012-2026-03-047, née en 1948'],
  ])("reads an OCR's letters in numbers as digits: %s", (_what, original, text) => {
    const normalized = normalizeText(original);
    expect(normalized.text).toBe(text);
    expect(normalized.folded).toBe(foldText(text));
    const start = text.indexOf('2');
    expect(toOriginalSpan(normalized, start, start + 4)).toEqual([start, start + 4]);
  });

  it('reads OCR digits after the other edits, keeping their offsets', () => {
    const original = 'Mme  **Dupont**, née le 18/O3/1957';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('Mme Dupont, née le 18/03/1957');
    const start = normalized.text.indexOf('18/');
    const [from, to] = toOriginalSpan(normalized, start, start + 10);
    expect(original.slice(from, to)).toBe('18/O3/1957');
  });

  describe('line breaks', () => {
    const prose = 'Merci de préparer le virement pour la famille sur le compte FR76 3000 4001';
    it.each([
      ['inside wrapped prose, before digits', `${prose}\n2300 0123 4567 843 avant vendredi.`],
      ['inside wrapped prose, before a lower-case word', 'Le jeune homme a été placé la semaine dernière en garde\nà vue par les gendarmes'],
      ['after a title at the end of a long line', 'Calcule le quotient familial pour la demande d’aide de Mme\nKarima Haddad'],
      ['with a carriage return', `${prose}\r\n2300 0123 4567 843`],
      ['in a quoted e-mail', `> ${prose}\n> 2300 0123 4567 843`],
    ])('become a space %s', (_where, text) => {
      const normalized = normalizeText(text);
      expect(normalized.text).not.toMatch(/\n|>/);
    });

    it.each([
      ['after a short line (address, signature, list)', 'Marie Dupont\nassistante sociale'],
      ['after the end of a sentence', 'Le dossier de la famille a été transmis au service hier.\nmerci de le relire'],
      ['before a capital (a new line of its own)', 'Le dossier de la famille a été transmis au service hier soir\nMerci de le relire'],
      ['in a table', 'Nom;Prénom;Téléphone;Ville de résidence actuelle\ndupont;marie;0612345678;rodez'],
      ['before a numbered item', 'Voici les points à reprendre avec la famille pour le rendez-vous\n1. le budget'],
      ['between a value ending a line and a phone number opening the next', 'SIRET 41872639400020 - TVA FR94418726394\n05 36 49 33 70 / g.cassan@example.com'],
      ['between lines of records (logs)', '185.42.117.30 - - [12/Mar/2025:03:14:07 +0100] "POST /wp-login.php" 404 196\n92.154.66.201 - - [12/Mar/2025:08:02:51 +0100]'],
      ['before a list item, whose bullet only is removed', 'Voici les points à reprendre avec la famille pour le rendez-vous\n- le budget', 'Voici les points à reprendre avec la famille pour le rendez-vous\nle budget'],
      ['between MRZ lines', 'P<FRABENALI<<KARIM<<<<<<<<<<<<<<<<<<<<<<<<<<\n19KD458215FRA7809235M3105146<<<<<<<<<<<'],
      ['between records typed in lower case that open alike', 'barrau nicole, FR76 1090 7528 4664 7002 6968 585, 312,00 €\ncambon didier, FR76 1820'],
      ['after a chat message\'s header, which a time ends', 'Dupont-Leroy, Claire (DEF-ASE) 09:02\nbonjour, point sur les deux enfants'],
      ['after a chat message\'s header, which a time in brackets opens', '[11/03 16:20] Girard Stéphanie (MDPH)\nle dossier passe en commission jeudi'],
    ])('stay %s', (_where, text, expected = text) => {
      expect(normalizeText(text).text).toBe(expected);
    });
  });

  it('folds like the keyword lists', () => {
    expect(foldText('Sécurité Sociale')).toBe('securite sociale');
  });
});

describe('Latin-1 folds of common characters above U+00FF', () => {
  const pairs = [...LATIN1_FOLDS];

  it('folds €, →, œ and Œ to one Latin-1 character each', () => {
    expect(foldText('12 € → Œuvre, sœur')).toBe('12 \u00a4 \u00ac \u00feuvre, s\u00feur');
    expect(normalizeText('Montant : 12 €'.repeat(400)).folded).toBe('montant : 12 \u00a4'.repeat(400));
  });

  it.each(pairs)('%s and its fold %s share every category and class a pattern may use', (char, fold) => {
    const classes = ['\\p{L}', '\\p{Ll}', '\\p{Lu}', '\\p{N}', '\\p{P}', '\\p{S}', '\\p{Sc}', '\\p{Sm}', '\\p{Z}', '\\p{C}', '\\s', '\\w', '\\p{Script=Latin}', '\\p{Alphabetic}'];
    for (const source of classes) {
      const regex = new RegExp(`^${source}$`, 'u');
      expect(regex.test(fold), source).toBe(regex.test(char));
      expect(new RegExp(`^${source}$`, 'iu').test(fold), `${source} with i`).toBe(new RegExp(`^${source}$`, 'iu').test(char));
    }
  });

  it('is invisible to every regex that runs on the folded text', () => {
    const regexes = [
      ...DETECTORS.flatMap((detector) => [detector.compiled.keywordRegex, detector.compiled.negativeRegex]),
      ...FOLDED_ANCHOR_PATTERNS,
    ].filter((regex): regex is RegExp => regex !== null);
    expect(regexes.length).toBeGreaterThan(40);
    for (const regex of regexes) for (const [char, fold] of pairs) expect(mayTellApart(regex, char, fold), regex.source.slice(0, 60)).toBe(false);
  });

  it('would notice a regex that names one of the characters', () => {
    expect(mayTellApart(/montant (?:€|eur)/u, '\u20ac', '\u00a4')).toBe(true);
    expect(mayTellApart(/[a-z\u00df-\u00ff]/u, '\u0153', '\u00fe')).toBe(true);
    expect(mayTellApart(/\p{Sc}/u, '\u20ac', '\u00a4')).toBe(false);
  });
});

describe('the fold of a one-byte copy', () => {
  const copyOf = (text: string) => {
    const copy = oneByteCopy(text);
    if (copy === null) throw new Error('no one-byte copy');
    return copy;
  };

  it('folds every Latin-1 character as foldText does', () => {
    const all = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)).join('');
    for (const text of [all, ` ${all} `.repeat(20), 'ÉLÉONORE Ça Où ÿ ß µ Æ Ø Þ']) expect(foldedCopy(copyOf(text))).toBe(foldText(text));
  });

  it('stands in for each character by a C1 control character of its own, U+0085 (a line break) left out', () => {
    const standIns = PROXY_CHARS.map(([, standIn]) => standIn.charCodeAt(0));
    expect(standIns).toEqual([...Array(31).keys()].map((index) => 0x80 + index).filter((code) => code !== 0x85));
    expect(PROXY_CHARS.map(([char]) => char).join('')).toBe('€…“”„•●■□▪✓✔✗✅❌→←⇒↑↓≤≥≠≈‰™№‹›†');
  });

  it.each(PROXY_CHARS.map(([char]) => [char]))('reads the stand-in of %s back as its fold, or gives way when that fold needs two bytes', (char) => {
    const text = `Réf. ${char} ÉTÉ ${char}`.repeat(300);
    const folded = foldText(text);
    expect(foldedCopy(copyOf(text))).toBe(/[^\u0000-\u00ff]/.test(folded) ? null : folded);
  });

  it('gives normalizeText the fold of its text, whatever the text holds', () => {
    const pool = ['a', 'É', 'é', 'ç', 'Œ', 'ß', ' ', '  ', '\n', '\u0085', '\u0080', '€', '→', '’', '…', '😀', 'ﬁ', '\u00a0', '0', 'O', 'l', 'I', '&eacute;', '%C3%A9', '_'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 200) }, () => pool[Math.floor(random() * pool.length)]).join('');
      const normalized = normalizeText(text);
      expect(normalized.folded, JSON.stringify(text)).toBe(foldText(normalized.text));
      if (normalized.copy !== null) expect(normalized.copy.text.length).toBe(normalized.text.length);
    }
  });
});

describe('CANDIDATE_FIRST_CHARACTERS', () => {
  // The look-ahead that opens the normalisation regex must let through every character one of its
  // alternatives may start with, or that change would be skipped: each character of the BMP, after
  // a letter, a space or a line break, before what the alternatives' look-aheads ask for.
  it('holds every character a normalisation candidate starts with', () => {
    const candidate = new RegExp(NORMALIZATION_CANDIDATES, 'y');
    const first = new RegExp(CANDIDATE_FIRST_CHARACTERS);
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (first.test(char)) continue;
      for (const before of ['a', ' ', '\n', '.']) {
        for (const after of ['', 'a', ' ', '  x', '___', '..', ' . .', '#12;', 'amp;', '20', 'td>', '- x', '\u00a9', 'A']) {
          candidate.lastIndex = 1;
          if (candidate.test(before + char + after)) missed.push(`U+${code.toString(16)} in ${JSON.stringify(before + char + after)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
