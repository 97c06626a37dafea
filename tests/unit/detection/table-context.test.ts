import { describe, expect, it } from 'vitest';
import { columnHeader, inHeaderRow } from '@/utils/detection/table-context';
import { foldText } from '@/utils/detection/fold';

const headerAt = (text: string, value: string) => columnHeader(foldText(text), text.indexOf(value));

describe('columnHeader', () => {
  it('finds the header of a CSV column several rows up', () => {
    const csv = 'Nom;Prénom;Date de naissance;N° allocataire\nDUPONT;Marie;12/03/1980;1234567\nMARTIN;Paul;01/02/1975;7654321';
    expect(headerAt(csv, '7654321')).toBe('n° allocataire');
    expect(headerAt(csv, '01/02/1975')).toBe('date de naissance');
  });

  it('reads TSV and Markdown tables', () => {
    expect(headerAt('nom\tdate de naissance\nA\t02/02/2002', '02/02/2002')).toBe('date de naissance');
    expect(headerAt('| Nom | N° allocataire |\n|---|---|\n| Durand | 2345678 |', '2345678')).toBe('n° allocataire');
  });

  it('reads a two-column CSV, whose rows must all have one `;`', () => {
    expect(headerAt('Nom;N° allocataire\nDUPONT;1234567\nMARTIN;7654321', '7654321')).toBe('n° allocataire');
    // A line of prose with no `;`, or with two, is no header of a two-column row.
    expect(headerAt('Voici la liste des allocataires\nDUPONT;1234567', '1234567')).toBeNull();
    expect(headerAt('a;b;allocataire\nDUPONT;1234567', '1234567')).toBeNull();
  });

  it('reads a header announced in a sentence, above a blank line', () => {
    const text = 'Fais une liste pour la sortie du 27 novembre. Colonnes : classe ; nom ; date de naissance\n\n4B;ROQUES;12/09/2011\n4C;MARTY;03.01.2012';
    expect(headerAt(text, '03.01.2012')).toBe('date de naissance');
    expect(headerAt(text, 'ROQUES')).toBe('nom');
    // Above a blank line, a line with digits among its cells is the last row of another table.
    expect(headerAt('Nom;Ville;Code\nDUPONT;Rodez;12000\n\nMARTIN;Millau;12100', '12100')).toBeNull();
    // Rows that have their own header do not look above the blank line.
    expect(headerAt('Voici : a ; b\n\nNom;Ville\nDUPONT;Rodez', 'Rodez')).toBe('ville');
  });

  it('gives an SQL INSERT value its column name', () => {
    const sql = "INSERT INTO usagers (nom, `num_caf`, ddn) VALUES ('DUPONT, Marie', '1234567', '1980-03-12'), ('MARTIN', '7654321', '1975-02-01');";
    expect(headerAt(sql, '7654321')).toBe('num caf');
    expect(headerAt(sql, '1975-02-01')).toBe('ddn');
    // A quoted comma is no column break.
    expect(headerAt(sql, '1234567')).toBe('num caf');
    expect(headerAt("SELECT * FROM t WHERE nom = 'DUPONT'", 'DUPONT')).toBeNull();
    // Windows line ends between the column list and VALUES.
    expect(headerAt("INSERT INTO t (nom, num_caf)\r\nVALUES\r\n('DUPONT', '1234567');", '1234567')).toBe('num caf');
    // Rows with as many values as the first are no table under it (`N''GUESSAN`: a quote doubled).
    const rows = "INSERT INTO t (nom, prenom, ddn) VALUES\n('ESCOFFIER', 'Lucienne', '1954-09-17'),\n('N''GUESSAN', 'Aya', '1993-11-03');";
    expect(headerAt(rows, '1993-11-03')).toBe('ddn');
    // A quote not doubled (`'N'GUESSAN'`, pasted from a form), and a comma between digits inside a value.
    const stray = "INSERT INTO t (nom, prenom, num_caf, adresse, referent) VALUES ('N'GUESSAN', 'Aya', '6039471', 'appt 14, 3 rue Douls', 'C. Alary');";
    expect(headerAt(stray, '6039471')).toBe('num caf');
    expect(headerAt(stray, 'C. Alary')).toBe('referent');
    // A bracket inside a value opens no row: the values after it keep their columns.
    const bracket = "INSERT INTO t (id, nom, prenom, mesure, lieu, statut) VALUES (40388, 'REYNAUD', 'Paulette', 'tutelle (UDAF)', 'EHPAD Les Tilleuls', 'ACTIF');";
    expect(headerAt(bracket, 'ACTIF')).toBe('statut');
    expect(headerAt(bracket, 'Paulette')).toBe('prenom');
  });

  it('crosses the rule under the header of psql output', () => {
    const psql = ' nom | prenom | nir\n------------+----------+---------------\n teyssedre | kevin | 1820112202177\n valette | sandra | 2790534172064';
    expect(headerAt(psql, '2790534172064')).toBe('nir');
    expect(headerAt(psql, 'teyssedre')).toBe('nom');
  });

  it('gives nothing outside a table', () => {
    expect(headerAt('Le dossier 1234567 est clos.', '1234567')).toBeNull();
    expect(headerAt('a;b;c', 'b')).toBeNull();
  });

  it('reads a line from its bounds as lastIndexOf and indexOf give them, at the text edges too', () => {
    expect(headerAt('\nNom;Ville\nDUPONT;Rodez', 'Rodez')).toBe('ville');
    expect(columnHeader(foldText('\nNom;Ville'), 0)).toBeNull();
    // One long line of values: every value on it is read, not one line scan each.
    const line = 'Nom;Ville\n' + 'DUPONT;Rodez;'.repeat(2000);
    expect(columnHeader(foldText(line), line.lastIndexOf('Rodez'))).toBeNull();
  });

  it('answers every value of a line from the line it read once, and reads another text afresh', () => {
    const csv = 'Nom;Prénom;N° allocataire\nDUPONT;Marie;1234567\nMARTIN;Paul;7654321';
    const folded = foldText(csv);
    // Same line, three columns, in any order; then the same text as another string object.
    expect(columnHeader(folded, csv.indexOf('7654321'))).toBe('n° allocataire');
    expect(columnHeader(folded, csv.indexOf('MARTIN'))).toBe('nom');
    expect(columnHeader(folded, csv.indexOf('Paul'))).toBe('prenom');
    expect(columnHeader(foldText(`${csv} `).trimEnd(), csv.indexOf('Paul'))).toBe('prenom');
    // A text with the same line bounds but other headers.
    const other = 'Nom;Commun;N° de dossiers\nDUPONT;Rodez;1234567\nMARTIN;Albi;7654321';
    expect(other.indexOf('\n')).toBe(csv.indexOf('\n'));
    expect(columnHeader(foldText(other), other.indexOf('7654321'))).toBe('n° de dossiers');
    expect(columnHeader(foldText(other), other.indexOf('Albi'))).toBe('commun');
  });
  it('finds the header of a long export, thousands of rows below it', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `NOM${i};${String(1_000_000 + i)}`);
    const csv = `Nom;N° allocataire\n${rows.join('\n')}`;
    expect(headerAt(csv, '1002999')).toBe('n° allocataire');
    expect(headerAt(csv, '1000000')).toBe('n° allocataire');
  });

  it('answers alike whichever row is asked first (rows share their walk up the table)', () => {
    const text = [
      'Liste :',
      'Nom;Prénom;Ville;Code',
      'A1;b1;c1;1',
      'A2;b2;c2',
      'A3;b3;c3;3;x',
      '----+----',
      'A4;b4;c4;4',
      'A5;b5',
      'A6;b6;c6;6',
      '',
      'Nom\tVille',
      'B1\tR1',
      'B2\tR2\tx\ty',
      'B3\tR3',
      'Colonnes : x ; y',
      '',
      'C1;2',
      'C2;3',
      '',
      '| Nom | Ville |',
      '|---|---|',
      '| D1 | S1 |',
      '| D2 | S2 |',
      '| D3 | S3 | x |',
    ].join('\n');
    const offsets = [...text.matchAll(/[A-Z]\d|[a-z]\d|\d/g)].map((match) => match.index);
    const ask = (order: number[]) => {
      // Another text first, so that no line of this one is known yet.
      columnHeader(foldText('autre texte'), 0);
      const folded = foldText(text);
      const answers = new Map(order.map((offset) => [offset, columnHeader(folded, offset)]));
      return offsets.map((offset) => answers.get(offset));
    };
    const forward = ask(offsets);
    expect(forward.filter((header) => header !== null).length).toBeGreaterThan(10);
    expect(ask([...offsets].reverse())).toEqual(forward);
    expect(ask([...offsets].sort((a, b) => (a * 7919) % 101 - (b * 7919) % 101))).toEqual(forward);
  });
});

describe('inHeaderRow', () => {
  const inHeader = (text: string, value: string) => inHeaderRow(foldText(text), text.indexOf(value));

  it('holds for the names of the columns of a table of people', () => {
    expect(inHeader('NOM\tPrénom\tDDN\tMesure\tRéf. ASE\nLEROUX\tKylian\t14/03/2012\tOPP\tC. Brunet', 'ASE')).toBe(true);
    expect(inHeader('Nom;Prénom;NIR;Obligés alimentaires;Obs\nKERGOAT;Marie;2481129019005;fils;', 'Obligés')).toBe(true);
    expect(inHeader('| Nom | Prénom | Suivi |\n|---|---|---|\n| Durand | Léa | CMP |', 'Suivi')).toBe(true);
  });

  it('fails for a row of data, prose with commas, and a header with no person\'s field', () => {
    expect(inHeader('| Nom | Prénom | Poste | Situation |\n|---|---|---|---|\n| BEN | Youssef | agent d\'exploitation | RQTH |\n| OULD | Sidi | agent | néant |', 'RQTH')).toBe(false);
    expect(inHeader('- usagère : Mme Chantal RIVIÈRE, sourde de naissance, communique en LSF, par écrit\nsuite', 'sourde')).toBe(false);
    expect(inHeader('Dispositif;Places;Financeur\nMECS;24;Département', 'Dispositif')).toBe(false);
  });

  it('keeps apart the empty line before a line break at offset 0 and the line after it, which both start at 1', () => {
    const folded = foldText('\nNOM;Prénom;Suivi\nDUPONT;Marie;ASE');
    expect(inHeaderRow(folded, 0)).toBe(false);
    expect(inHeaderRow(folded, folded.indexOf('suivi'))).toBe(true);
    expect(columnHeader(folded, 0)).toBeNull();
    expect(columnHeader(folded, folded.indexOf('ase'))).toBe('suivi');
  });
});
