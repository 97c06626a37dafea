import { codeAt, isSpaceOrTab } from '../../char-codes';
import { defineName } from './_define-name';
import { foldName as fold } from '../../fold';
import type { DetectorExamples, ValidationResult } from '../../types';
import { GREETINGS, isNotANameWord as isNotAName, isPlainFirstName, LABELS, LOWER_LETTERS, SURNAME_LABELS, UPPER_LETTERS } from './_name-words';
import { NOT_AFTER_WORD, termAlternation } from './_terms';
import { lastNonSpace, testBefore } from '../../text-window';
import { phraseList } from '../../word-list';

/**
 * Person names typed in lower case, as agents type in a chat box: `mme martin suit un traitement`,
 * `l'enfant timéo delmas`, `ma fille lina`, `nom : calmels`. Without capitals, a name is only told
 * from other words by what comes before it, so this detector starts at those words (person-name.ts
 * starts at capitals):
 * - a civil title (`mme`, `m.`, `madame`, `monsieur`, `mlle`, `mr`, `mrs`) and the next word, unless
 *   it is a function, a pronoun or a verb of case notes (`madame indique que…`, `monsieur le maire`);
 *   `m.` after a number is a metre;
 * - a role word (`l'enfant`, `l'usager`, `la jeune`, `son fils`, `bonjour`) and a first name of the
 *   INSEE list that is not also a common word (`rose`, `pierre` are left out);
 * - a form label (`nom :`, `prénom :`, `enfant :`) and a surname after `nom :`, or a first name.
 * A second word is kept as the surname when the first is a first name (`mme sophie martin`).
 * Capitalised names (`Mme Martin`, `Madame de Villeneuve`) are person-name.ts's.
 */

/** A word of a name typed in lower case. */
const NAME_WORD = `[${LOWER_LETTERS}][${LOWER_LETTERS}-]{1,30}`;
/** A particle before a capital is a capitalised name (`Madame de Villeneuve`): left to person-name.ts. */
const PARTICLE_THEN_CAPITAL = `(?:de la|de|du|des|le|la|van|von|d')[ \\t]{0,2}[${UPPER_LETTERS}]`;

const LOWER_CASE_TITLES = phraseList('mme|mme.|mlle|mlle.|m.|madame|mademoiselle|monsieur|mr|mr.|mrs|mrs.|maitre|docteur|dr|dr.');
/** A widow's title of old records and letters: the name follows it (`madame veuve lacombe`). */
const WIDOW_TITLES = ['mme', 'madame'].flatMap((title) => ['veuve', 'vve', 'vve.'].map((widow) => `${title} ${widow}`));
/**
 * Role words that come before a first name in case notes and messages (`l'enfant lucas`, `ma fille
 * lina`, `bonjour karim`). Fewer than _name-words' ROLE_WORDS: the pattern is tried wherever
 * one of them may start, and `les`, `mes`, `notre` or `le s…` start too many words of any text.
 */
const POSSESSIVES = phraseList('son|sa|mon|ma|ton|ta|votre|leur');
const RELATIVES = phraseList(
  'fils|fille|mere|pere|frere|soeur|mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|petit-fils',
  'petite-fille|neveu|niece|enfant|bebe|collegue|ami|amie',
);
const ROLES = [
  ...phraseList(
    "l'enfant|l'usager|l'usagere|l'eleve|l'adolescent|l'adolescente|l'allocataire|l'agent|l'agente|l'interesse",
    "l'interessee|le jeune|la jeune|le petit|la petite|la fillette|le garcon|le bebe|le mineur|la mineure|bonjour",
    'bonsoir|merci|cher|chere|dear|le frere|la soeur|le grand frere|la grande soeur|enfant|bebe',
    // A closing before the signature (`cordialement jean-paul reynaud`, `cdlt celine bernard`).
    'cordialement|cdlt|amicalement',
    // Whose child, whose educator (`la maman de lina`, `l'educ de lina`), a carer named
    // (`l'assistante familiale sandrine pons`).
    "la maman de|le papa de|la mere de|le pere de|l'educ de|l'educatrice de|l'educateur de|l'assistante familiale|l'assistant familial",
    // The people of HR and of the assembly (`la nouvelle recrue lea marchand`, `l'agent d'exploitation david roche`).
    "la recrue|la nouvelle recrue|le stagiaire|la stagiaire|l'auto-entrepreneur|l'agent d'exploitation|la vice-presidente",
    'le vice-president|la veuve de|le veuf de|son assistante|son assistant',
    // Notes typed on a phone drop the article (`mere julie fargeas tel 06…`, `agent thomas roche`).
    'mere|pere|agent',
    // Whom a message is for (`écris un mail poli à jérôme fabre`).
    'mail a|mail court a|courriel a|message a|sms a|ecris a|reponds a',
  ),
  ...POSSESSIVES.flatMap((possessive) => RELATIVES.map((relative) => `${possessive} ${relative}`)),
  ...phraseList('your|his|her|my|their').flatMap((possessive) =>
    phraseList('daughter|son|mother|father|wife|husband|child|brother|sister').map((noun) => `${possessive} ${noun}`)),
];

/** Labels of a person (`Nom`, `Prénom`, `Enfant`…). */
const PERSON_LABEL_START = /^(?:nom|prenom|enfant|mere|pere|parent|usager|beneficiaire|patient|demandeu|titulaire|eleve|salarie|conjoint|epou|agent)/;

/**
 * Form labels of person records, from _name-words' LABELS: those that start few other words
 * (`de la part de`, `to`, `the …` would be tried all over a text).
 */
const LABEL_WORDS = [...LABELS].filter((label) => PERSON_LABEL_START.test(label));

/**
 * The end of a word of the name (a hyphen goes on with it, unlike _name-words' NAME_END); a dot
 * and a letter, or an underscore, make it code or a host (`nom: faker.person.lastName()`, `nom: beneficiaires_rsa`).
 */
const WORD_END = "(?![\\p{L}\\p{N}@'&_-]|\\.\\p{L})";

/**
 * Group 1, 2 or 3 is the title, role or label (a title after a label or a role is skipped: `titulaire :
 * mme agnès pradel`, `sa fille madame corinne bastide`); group 4 the first word after it; group 5 the next word, read ahead only, so that
 * a label right after a name is still read (`nom : bouzid prénom : samira`).
 */
const PATTERN = new RegExp(
  `${NOT_AFTER_WORD}(?:(${termAlternation([...WIDOW_TITLES, ...LOWER_CASE_TITLES])})|(${termAlternation(ROLES)})(?:[ \\t]{1,3}${termAlternation(LOWER_CASE_TITLES)}(?![\\p{L}\\p{N}]))?|(${termAlternation(LABEL_WORDS)})[ \\t]{0,3}:(?:[ \\t]{1,3}${termAlternation(LOWER_CASE_TITLES)}(?![\\p{L}\\p{N}]))?)` +
    `[ \\t]{1,3}(?!${PARTICLE_THEN_CAPITAL})(${NAME_WORD})${WORD_END}(?=(?:[ \\t]{1,2}(${NAME_WORD})${WORD_END})?)`,
  'gu',
);

const DETERMINER_BEFORE = /(?<![\p{L}])(?:ce|cet|cette|un|une|du|au|le|la)[ \t]+$/iu;

/** A connector's or a job's name part (`import-flux-caf`). */
const CONNECTOR_NAME_PART = /(?:^|-)(?:import|export|flux|sync|batch|job|script|api|connecteur|serveur|service|app)(?:-|$)/;

const validate = (value: string, groups: readonly (string | undefined)[], text: string, start: number): ValidationResult => {
  const word = groups[4] ?? '';
  const next = groups[5];
  const first = fold(word);
  const second = next === undefined ? null : fold(next);
  if (isNotAName(first)) return false;
  const secondIsName = second !== null && !isNotAName(second);
  const firstIsFirstName = isPlainFirstName(first);
  // The span: the first word, with the second as the surname after a first name.
  const one = { start: value.length - word.length, end: value.length };
  let nextStart = start + value.length;
  while (isSpaceOrTab(codeAt(text, nextStart))) nextStart++;
  const both = { start: one.start, end: nextStart - start + (next?.length ?? 0) };

  if (groups[1] !== undefined) {
    const title = fold(groups[1]);
    if (title === 'm.') {
      const k = lastNonSpace(text, start);
      if (k >= 0 && /\p{N}/u.test(text[k])) return false;
    }
    // After a determiner `monsieur` is a noun unless a first name follows (`si ce monsieur revient`,
    // `un monsieur thomas girard`); `le docteur roux`, `le maître delpech` are titles.
    if (!firstIsFirstName && /^m(?!ai)/.test(title) && testBefore(text, start, DETERMINER_BEFORE, 8)) return false;
    if (firstIsFirstName && secondIsName) return { score: 0.9, ...both };
    // Whoever writes the title with its capital writes a surname with one: a lower-case word after
    // `Madame`, `Mme`, `M.` is a verb or an adjective (`Madame préfère`, `Mme joignable`, `M. technicien`),
    // unless a first name follows it (`Mr mazaud rene`: a phone's keyboard capitalised the title opening the line).
    if (!firstIsFirstName && codeAt(groups[1], 0) < 97) return isPlainFirstName(second ?? '') && { score: 0.85, ...both };
    return { score: title === 'm.' || title.startsWith('mr') ? 0.75 : 0.85, ...one };
  }
  if (groups[2] !== undefined) {
    // A title between the role and the name takes a surname (`bonjour madame gaillard`, `sa fille madame bastide`).
    if (value.slice(groups[2].length, one.start).trim() !== '') return firstIsFirstName && secondIsName ? { score: 0.9, ...both } : { score: 0.85, ...one };
    if (!firstIsFirstName) return false;
    // A greeting names whom a message is for (0.7, as person-name.ts scores `Bonjour Karim`).
    if (GREETINGS.has(fold(groups[2]))) return { score: 0.7, ...(secondIsName ? both : one) };
    return secondIsName ? { score: 0.9, ...both } : { score: 0.8, ...one };
  }
  const label = fold(groups[3] ?? '');
  // A connector's or a job's name in a configuration (`nom: import-flux-caf`), not a person's.
  if (CONNECTOR_NAME_PART.test(first)) return false;
  // `nom : calmels`, `nom : planchon cédric`; otherwise a first name, before or after the surname.
  if (SURNAME_LABELS.has(label) || firstIsFirstName) {
    return secondIsName && (firstIsFirstName || isPlainFirstName(second ?? '')) ? { score: 0.9, ...both } : { score: 0.8, ...one };
  }
  return secondIsName && isPlainFirstName(second ?? '') ? { score: 0.9, ...both } : false;
};

export default defineName({
  id: 'person-name-lower-case',
  pattern: PATTERN,
  baseScore: 0.8,
  validate: (value, { groups, text, start }) => validate(value, groups, text, start),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'bonjour madame gaillard virgule je vous confirme le placement',
    'mme martin suit un traitement antidépresseur',
    'courrier pour m. dupont au sujet de sa demande',
    "l'enfant timéo delmas est arrivé hier",
    'ma fille lina est diabétique',
    'fiche de liaison\nnom : calmels',
    'enfant : martin lilou, née le 17/05/2019',
    'Madame sophie roux a rappelé',
    'courrier à madame veuve lacombe',
    'titulaire : mme agnès pradel — 30003 45323',
    'sa fille madame corinne bastide habite rodez',
    'assisté de maître delpech',
    "le frere moussa 9 ans pas a l'ecole",
    "urgent rappeler l'educ de lina (placee en mecs)",
    'commission éducative le 19. la mère de maxence a demandé un report',
    'à faire appeler le médecin traitant docteur morel',
    'pour la consultation de bébé nolan, vaccins des 4 mois',
    'redige un mail court a kevin arnaud : le véhicule a été flashé',
    'carte 4970 exp 09/28. cordialement jean-paul reynaud, merci',
  ],
  noMatch: [
    'courrier dicté : madame virgule monsieur virgule à la ligne suite à votre demande',
    'vocabulaire accessible (le jeune lira le rapport).',
    'bonjour madame je vous envoie les papiers',
    "madame indique qu'elle est suivie",
    'monsieur le maire a signé',
    'si ce monsieur revient, qui appeler ?',
    'un mur de 5 m. de haut',
    "l'enfant est arrivé hier",
    'ma fille rose est malade',
    'nom : non renseigné',
    'Mme Martin a appelé',
    'Madame de Villeneuve a appelé',
    'Madame préfère être contactée par SMS',
    'Monsieur chauffeur-livreur en arrêt',
    'eleve: {\n  nom: faker.person.lastName(),',
    'flux:\n  - nom: beneficiaires_rsa_agreges',
  ],
};
