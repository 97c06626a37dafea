import { decodeFirstNames } from './data/first-names-fr';
import { scan } from './engine';
import { DETECTORS } from './registry';
import { prepareCopyChecks } from './one-byte-copy';
import { hasStandIn, startCondition } from './start-positions';
import type { Detector } from './types';

/**
 * A fictitious prompt that reaches every kind of detector (names, dates, phones in both forms,
 * identifiers, bank data, addresses, health and social words) and the person anchors of a case note
 * (`elle est suivie`, `son fils`: without them the first real note compiled their regexes, 20-30 ms
 * in Chromium).
 */
const WARM_UP_LINES = [
  'Bonjour, Mme Nathalie Dubois, née le 12/03/1980 à Nantes, joignable au 06 12 34 56 78 ou au +33 6 12 34 56 78,',
  'courriel nathalie.dubois@example.fr, NIR 2 95 10 99 126 111 93, IBAN FR76 3000 6000 0112 3456 7890 189,',
  'carte 4970 1012 3456 7890, 12 rue de la Paix 44000 Nantes, dossier CAF 1234567, suivi ASE, diabète, GIR 3,',
  'mot de passe : Xy12!abc, plaque AB-123-CD, IP 192.168.1.10. Document interne.',
  "Elle est suivie depuis mars, son fils a été placé et il vit chez sa mère. M. Martin l'a appelée hier.",
];
export const WARM_UP_TEXT = WARM_UP_LINES.join(' ');

/** The same typed without capitals, as notes typed fast are: what runs on such text only runs on this one. */
const WARM_UP_TEXT_TYPED_FAST = WARM_UP_TEXT.toLowerCase();
/** That note pasted under an instruction written with capitals: a detector that runs at the words of such paragraphs only (`startsAt`) runs there. */
const WARM_UP_TEXT_PASTED = `Réponds à ce message :\n\n${WARM_UP_TEXT_TYPED_FAST}`;
/**
 * That prompt with characters beyond Latin-1 (`€` and curly quotes, as in most text pasted from a
 * word processor), which make the scanned text and its folded copy two bytes per character. V8
 * compiles a regex apart for one-byte and for two-byte strings: without this text, the first real
 * prompt holding such characters compiled the context regexes again (100 ms in Chromium). Patterns
 * run on the text's one-byte copy (see `oneByteCopy`), and a text of Latin-1 characters only is
 * scanned one byte per character however the page stored it (see `scan`): neither needs more.
 */
export const WARM_UP_TEXT_TWO_BYTE = `${WARM_UP_TEXT} Reste à charge : 120 € “à régler”.`;

/**
 * Lines of pasted lists and exports, whose shapes prose lacks: a CSV export under its header, an SQL
 * `INSERT`, names after a list's label and with initials, an address book, files named after people,
 * addresses one per line, records in lower case, a fixed-width table, a signature, and what
 * normalisation rewrites. The name checks and normalisation have paths that only such lines take:
 * the first one a scan met made V8 drop their optimised code and compile it again (100 to 200 ms of
 * a background thread for the name detector, while the scan ran slower). One byte per character: a
 * ligature here (two bytes) made V8's code for every prompt slower (8.87 -> 8.97 M instructions per
 * 4 KB prompt), where the two-byte prompt above does not.
 */
export const WARM_UP_ROWS = [
  'NOM;Prénom;Aide',
  'DUPONT;Marie;RSA',
  'MARTIN;Paul;APA',
  "INSERT INTO usagers (nom, prenom) VALUES ('DUPONT', 'Marie'), ('MARTIN', 'Paul');",
  'Présents : J. Dupont, C. Lemaire',
  'Dupont, Marie <marie.dupont@example.fr>',
  'DUPONT_Marie_CNI.pdf',
  '10.1.2.3',
  'DUPONT Jean, Le Bourg, Bât B, 12000 Rodez',
  'lucas perrin, 3 rue des lilas',
  'Martin a appelé.',
  // What normalisation rewrites: spaces of digit groups, an entity, a URL escape, Markdown, a table tag.
  'Tél. 06\u00a012\u00a034\u00a056\u00a078, fiche &amp; caf%C3%A9 _urgent_ *ASE* <td>x</td>',
  'Nom      Prénom    Aide',
  'BRUNEL   Sophie    PCH',
  'Cordialement,',
  'Nathalie',
].join('\n');

/**
 * The engine's first scan compiles every regular expression (large French word lists: about a
 * second in all on a loaded workstation) and decodes the compacted data; the second run of a
 * regular expression compiles it to machine code. These steps do that ahead of the agent's first
 * send, the first-name list in one step and a detector in three steps, so that a caller can spread
 * them over idle time. Patterns run directly too, because a prefilter may keep `scan` from running them
 * on the warm-up text, except the term lists, whose trie walk stands in for them (see _terms.ts:
 * compiling them is what it avoids). A pattern's start positions are worked out from its source (up to about
 * 10 ms for a term list) in a step of their own, with what the one-byte copy needs to know of it for
 * every character it replaces (one-byte-copy.ts), and a last step scans with every detector, as the
 * first send will, the prompts and the lines of lists (WARM_UP_ROWS).
 */
export const warmUpSteps = (detectors: readonly Detector[] = DETECTORS): Array<() => void> => {
  // The first-name list decodes a letter's names at its first lookup: all of them here, in one step.
  const steps: Array<() => void> = [decodeFirstNames];
  for (const detector of detectors) {
    steps.push(() => {
      startCondition(detector.pattern);
      prepareCopyChecks(detector.pattern);
    });
    // One step for one-byte texts and one for two-byte texts, since V8 compiles a regex for each (a
    // step of the long lists takes up to 60 ms), two rounds each: V8 compiles a regex to machine code
    // at its second run. The context regexes are tested as they are, as scans test them (a copy with
    // other flags would be compiled apart).
    const rounds = (texts: readonly string[]) => () => {
      for (let round = 0; round < 2; round++) {
        for (const text of texts) {
          scan(text, { detectors: [detector] });
          detector.compiled.keywordRegex?.test(text);
          detector.compiled.negativeRegex?.test(text);
        }
      }
    };
    steps.push(() => {
      rounds([WARM_UP_TEXT, WARM_UP_TEXT_TYPED_FAST, WARM_UP_TEXT_PASTED])();
      if (!hasStandIn(detector.pattern)) {
        // Twice, as above: run once, France Travail's pattern (kept from the warm-up text by its prefilter) was compiled to
        // machine code at the first document naming France Travail, after the warm-up, and then without V8's search
        // optimisations (see _name-things.ts's lineNamesPlant): 8 to 10 ms per scan of the 1 MB document of bench (b), not 0.5.
        const copy = new RegExp(detector.pattern.source, detector.pattern.flags);
        for (let round = 0; round < 2; round++) while (copy.exec(WARM_UP_TEXT) !== null) if (copy.lastIndex === 0) break;
      }
    });
    steps.push(rounds([WARM_UP_TEXT_TWO_BYTE]));
  }
  steps.push(() => {
    for (let round = 0; round < 2; round++) for (const text of [WARM_UP_TEXT, WARM_UP_TEXT_TWO_BYTE, WARM_UP_ROWS]) scan(text, { detectors });
  });
  return steps;
};
