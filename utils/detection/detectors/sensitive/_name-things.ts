import { codeAt, isAsciiAlphanumeric, isSpaceOrTab } from '../../char-codes';
import { perText } from '../../per-text';
import { lineAround } from '../../person-anchor';
import { lineAt, lineMemo, onceForLine } from '../../table-context';
import { testAfter, testBefore, textAfter } from '../../text-window';
import { wordSet } from '../../word-list';

/**
 * Capitalised words that name things rather than people, read around a person-name candidate (see
 * person-name.ts): works and their characters, plants and their varieties, tools, companies, car
 * makers, sovereigns' numbers, and the people of fiction that vignettes name.
 */

/**
 * A placeholder's surname (`John Doe`) and characters of French literature that training vignettes and
 * lessons name (`Jean Valjean`, `Emma Bovary`, `Arsène Lupin`, `Cosette`): 69 false positives of the
 * corpora, none labelled. Characters whose names real people bear are left out (`Poirot`, `Vautrin`: both
 * labelled as people in the corpora; `Maigret`), and so are those no set names (bytes). The person anchor
 * of the categories still reads their first names (`Fantine, malade`). Also the tractor maker named after
 * its founder (`John Deere`: 11 false positives in six sets, never a person), and the carnival's effigy
 * (`le procès de Monsieur Carnaval`: 18 false positives in two sets, never a person).
 */
export const NEVER_A_PERSON = wordSet('doe valjean cosette fantine thenardier javert gavroche bovary lupin cyrano deere carnaval kart');
/** A work's genre in brackets after its title (`Fifi Brindacier (roman jeunesse)`, `« Le Petit Nicolas » (film)`), folded. */
const WORK_GENRE = '\\((?:roman|conte|film|bd|album|serie|piece|livre|manga|dessin anime|adaptation|spectacle|opera|comedie|telefilm|jeu video|documentaire|nouvelle)';
/** A work's title opening a list's line, in quotes or before its genre, then a colon, folded. */
const WORK_TITLE = `(?:«[^»\\n]{2,60}»(?:[ \\t]*\\([^()\\n]{1,40}\\))?|[^\\n:«»()]{2,60}${WORK_GENRE}[^()\\n]{0,30}\\))[ \\t]*:`;
/** A line that opens with a work's title, then its characters up to the name (`- « Les Misérables » : Jean Valjean, Cosette`). */
const CHARACTERS_OF_WORK_BEFORE = new RegExp(`(?:^|\\n)[ \\t]*(?:[-–•*][ \\t]*)?${WORK_TITLE}[^\\n«»:]*$`);
/** The rest of a work's title in quotes opening a list's line (`- « Harry Potter à l'école des sorciers » : Harry`). */
const WORK_TITLE_REST_AFTER = /^[^»\n]{0,60}»[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:/;
const WORK_GENRE_AFTER = new RegExp(`^ ?${WORK_GENRE}(?![a-z])`);
/**
 * Whether the name [from, to) is a work's or its character's in a list of works (`- Fifi Brindacier
 * (roman jeunesse) : Fifi, Tommy et Annika`, `- « Le Petit Nicolas » (film) : Nicolas, Alceste`).
 */
export const inListOfWorks = (text: string, folded: string, from: number, to: number): boolean => {
  if (testAfter(folded, to, WORK_GENRE_AFTER, 16)) return true;
  const lineStart = lineAround(text, from)[0];
  if (from - lineStart > 160) return false;
  if (lineOpensWithGuillemet(text, lineStart, from)) return testBefore(folded, from, CHARACTERS_OF_WORK_BEFORE, 160) || (opensQuote(text, from) && testAfter(folded, to, WORK_TITLE_REST_AFTER, 72));
  return folded.slice(lineStart, from).includes(') :') && testBefore(folded, from, CHARACTERS_OF_WORK_BEFORE, 160);
};
/** What gives its name to a thing (`porte le nom de`, `baptisé du nom de`), folded. */
export const NAMED_AFTER_BEFORE = /(?:port(?:e|era|ait|ent|eront) le|baptisee?s? du) nom d(?:e |')$/;
/** A sovereign's or a pope's number (`IV`, `XIV`, `Ier`). */
export const REGNAL_NUMBER = /^(?:X{0,2}(?:I{1,3}|I?V|VI{1,3}|I?X)|X{1,2}|Ier)$/;
/** The years of a life after a name (`(1919-2022)`). */
export const LIFESPAN_AFTER = /^ ?\(\d{3,4} ?[-–] ?\d{3,4}\)/;
/** An area after a name: a place's (`Larrau (412 ha)`, `Sare : 187 ha`). */
export const AREA_AFTER = /^ ?(?:\(|: )\d[\d  .,]{0,8} ?(?:ha|hectares|km2|km²)(?![a-z])/;
/** Plants whose varieties are named after people. */
const PLANTS = 'pommes? de terre|rosiers?|lilas|poiriers?|pommiers?|cerisiers?|hortensias?|clematites?|pivoines?|dahlias?|varietes?|cultivars?|tomates?|fraisiers?';
/** A plant before a variety's name on its line. */
export const PLANT_BEFORE = new RegExp(`(?:${PLANTS})(?![a-z])[^\\n]*$`);
const PLANT = new RegExp(PLANTS);
const plantLines = perText((folded) => lineMemo<boolean>(folded));
/**
 * Whether the line around `at` names a plant, as PLANT_BEFORE needs. Read once per line: PLANT_BEFORE, tried at each of
 * the 160 characters before every quoted name, was a third of the time of a list of 10,000 quoted names. Not once per
 * text: V8 compiles a regex without its search optimisations once its process (a page and its scripts) holds 16 MB of
 * compiled code and has compiled 1 MB of regexes (regexp.cc's TooMuchRegExpCode; `npm run bench:unoptimized-regex`), and
 * PLANT then took 35 ms on a 1 MB text (2 ms optimised), for one quoted name in it.
 */
const lineNamesPlant = (folded: string, at: number): boolean => onceForLine(plantLines(folded), folded, lineAt(folded, at), readsPlant);
const readsPlant = (folded: string, lineStart: number, lineEnd: number): boolean => PLANT.test(folded.slice(lineStart, lineEnd));
/** A potato before its variety, which takes no quote (`pommes de terre Charlotte`). */
const POTATO_BEFORE = /pommes (?:de terre|vapeur) $/;
/** A variety's opening quote after its plant. */
export const VARIETY_AFTER = /^ ['‘]/;
/**
 * A variety named after someone, in single quotes after its plant (`Rosier grimpant 'Pierre de Ronsard'`, `tomates 'Rose de Berne'`,
 * `Pommiers : 'Reinette clochard'`), or counted in an order (`Poiriers : Docteur Jules Guyot ×2`); and a potato's, which needs
 * no quote (`pommes de terre Charlotte`, `pommes vapeur Amandine`).
 */
export const isVariety = (text: string, folded: string, from: number, to: number): boolean => {
  const open = text.charCodeAt(from - 1);
  // A look at the next character first: this runs for most names.
  const next = text.charCodeAt(text.charCodeAt(to) === 32 ? to + 1 : to);
  return (
    ((open === 39 || open === 0x2018 || ((next === 0xd7 || next === 120) && testAfter(text, to, QUANTITY_AFTER, 4))) && lineNamesPlant(folded, from) && testBefore(folded, from - 1, PLANT_BEFORE, 160)) ||
    testBefore(folded, from, POTATO_BEFORE, 16)
  );
};
/** Whether a quote opens right before `at` (`« `, `"`, `“`), as before a nickname. */
export const opensQuote = (text: string, at: number): boolean => {
  const code = text.charCodeAt(text.charCodeAt(at - 1) === 32 ? at - 2 : at - 1);
  return code === 0xab || code === 34 || code === 0x201c;
};
/** Whether the line from `lineStart` to `at` opens with a guillemet, after its blanks and a bullet (a work's title listing its characters). */
const lineOpensWithGuillemet = (text: string, lineStart: number, at: number): boolean => {
  let k = lineStart;
  while (k < at && (isSpaceOrTab(text.charCodeAt(k)) || '-–•*'.includes(text[k]))) k++;
  return text[k] === '«';
};
/** How many of a plant an order counts (`×4`, `x 2`). */
const QUANTITY_AFTER = /^ ?[×x] ?\d/;
/** Car makers, whose models are named like first names (`Renault Zoé`, `Peugeot Partner`). */
export const CAR_MAKERS = wordSet('renault peugeot citroen dacia toyota volkswagen ford opel fiat nissan kia hyundai tesla skoda seat mercedes');
/** After the name: a company (`Menuiserie Fabre & Fils`, `Dupont SAS`, `Martin (SIRET …)`). */
export const COMPANY_AFTER = /^ ?(?:&|et fils|et freres|freres|fils|signalisation|transports|btp|tp|sas|sarl|sa|eurl|sasu|scop|sci|snc|gie|ltd|inc|gmbh|srl|\(siret|\(siren|, siret|, siren|siret|siren|building|hall|house|centre|center|library|school|college|hospital)(?![\p{L}])/u;
/** Bacteria named by an initial and a species, capitalised in case notes (`infection à E. Coli`). */
export const SPECIES = wordSet('coli aureus faecalis pneumoniae pylori');
/** A preposition, a tool, a dish or a region before a lone first name that makes it a thing (`les SIRET sont dans Marco`, `l'outil Ernest`, `Outils : Ara`, `l'outil de suivi Mélusine`, `le logiciel Eloïse`, `l'assistant virtuel Camille`, `circuit Berthe = RD 840`, `crêpes Suzette`, `SSIAD du Pays de Loue`, `la tempête Ciarán` … `depuis Ciarán`), a garment (`la robe Joséphine`, `col Claudine`), an animal (`la génisse Ninon`, `le chevreuil Ulysse`; not `chat`, a conversation too). */
const THING_BEFORE = /(?:^|[^a-z])(?:dans|via|outils?(?: :| de [a-z]+)?|logiciels?|virtuel|chatbot|circuits?|pays de|crepes?|pommes?|poires?|peches?|sauce|tarte|veloute|salade|gateau|soupe|tempetes?|cyclones?|ouragans?|storm|robes?|vestes?|col|tunique|sac|cabas|pull|gilet|manteau|jupe|chemise|blouse|cape|kimono|foulard|tablier|chienne|chien|jument|etalon|genisse|vache|taureau|louve|loup|renard|chevreuil|sanglier|cheval|poney|brebis|chevre|cerf|biche) $/;
/**
 * What a lone first name is, said right after it, when it names software (`Lucie, le modèle open source d'OpenLLM`,
 * `Margot, l'assistante virtuelle`, `Margot (bot) :`, `module Clovis v3.2.7`).
 */
export const THING_AFTER = /^(?:, (?:le |la |l')(?:modele|logiciel|outil|application|plateforme|chatbot|assistante?|messagerie|ia)| \((?:ro)?bot\)| v\d+\.\d| \d+\.\d+\.\d)(?![a-z])/;
/** The Latin epithet that makes a lone first name a plant's genus (`Angelica sylvestris`, `Veronica officinalis`); not a surname's (`Thomas Bourgeois`). */
export const GENUS_EPITHET_AFTER = /^ [a-z]{5,}(?:is|us|um|ii|ae)(?![a-z])/;
/**
 * Per text (perText): whether a first name is named as a thing in it. A list repeats its names thousands of
 * times (`'Martin', 'Martin', …`): each name's mentions are read once.
 */
const thingNamesOf = perText(() => new Map<string, boolean>());
/** A quote opening a cultivar's name, with its title (`'Madame Isaac Pereire'`), and the texts that name cultivars so (see person-name.ts's validate). */
export const CULTIVAR_QUOTE_BEFORE = /'(?:Madame |Mme |Miss )?$/;
export const aboutRoses = perText((folded) => /\b(?:rosiers?|roseraies?|cultivars?)\b/.test(folded));
/** The start of a line that lists a fruit's or a vegetable's varieties after its kind (`• Poires : Williams, Beurré Hardy`, `Pommes de terre : Charlotte, Amandine`), folded. */
export const VARIETIES_LINE_START = /^[ \t]*(?:[-•*] )?(?:varietes?|pommes?(?: de terre)?|poires?|prunes?|peches?|cerises?|fraises?|raisins?|tomates?)(?: [a-z]+){0,2} ?:/;
/**
 * A lone first name that the text names as a thing somewhere (`le chatbot Margot` … `Margot a répondu`) is that thing
 * everywhere. Not after an epithet's shape, which a full name elsewhere may have (`Thomas Bourgeois`).
 */
export const namedAsThing = (folded: string, name: string): boolean => {
  const thingNames = thingNamesOf(folded);
  let named = thingNames.get(name);
  if (named === undefined) {
    named = false;
    for (let at = folded.indexOf(name); at >= 0 && !named; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isAsciiAlphanumeric(codeAt(folded, at - 1)) || isAsciiAlphanumeric(codeAt(folded, end))) continue;
      // Both patterns need a space or a comma next to the name: most mentions are ruled out without running them.
      named = (codeAt(folded, at - 1) === 32 && testBefore(folded, at, THING_BEFORE, 20)) || ((codeAt(folded, end) === 32 || codeAt(folded, end) === 44) && THING_AFTER.test(textAfter(folded, end, 24)));
    }
    thingNames.set(name, named);
  }
  return named;
};
