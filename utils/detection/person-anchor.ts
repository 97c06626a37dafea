/**
 * Person anchors: what ties a sensitive term (health, social case, art. 9, art. 10) to a person
 * (shared/reference/detectors.md §9.1). "Mme X suit un traitement antidépresseur", "l'enfant est
 * placé à l'ASE", "mon agent est en arrêt maladie", "il est suivi par le CMP" are about someone;
 * "la politique de santé du département", "le rôle de l'ASE", "le budget de l'APA augmente",
 * "les critères de la PCH" are topics.
 *
 * The engine calls `hasPersonAnchor` with the bounds of the term's sentence (or table row) after
 * it has already checked for identifying findings (name, phone, NIR…) in that sentence. Anchors:
 *
 * - STRONG, looked for in the sentence and in a window of up to 250 characters before and 150 after
 *   it (not across a blank line), because a file note often names the person once and then goes on
 *   ("Mme Puech … Quel GIR obtient-on ?", "information préoccupante :\nEnfant : MARTIN Lilou"):
 *   * a civil title followed by a capitalised word (`M. Dupont`, `Mme Sandrine LEROY`, `Dr Martin`,
 *     `Mr O'Connor`), but not a function (`Madame la Présidente`, `Monsieur le Maire`), or by a word
 *     in lower case (`mme martin`: typed fast; `madame indique` is someone too);
 *   * an upper-case surname next to a dictionary first name (`DUPONT Marie`, `Marie DUPONT`);
 *   * a singular role noun with a definite, demonstrative or possessive determiner, not governed by a
 *     preposition (`l'enfant`, `cet enfant`, `la bénéficiaire`, `mon agent`, `le jeune`), and a
 *     family noun with a possessive (`son fils`, `ma mère`, `sa femme`);
 *   * a form label at the start of a line or field (`Nom :`, `Prénom :`, `Enfant :`, `Mère :`);
 *   * `s'appelle`, `je m'appelle`, `née le`.
 * - WEAK, only inside the sentence: a subject pronoun or `Monsieur`/`Madame` followed by a verb of
 *   attribution (`il est suivi`, `elle est enceinte`, `il perçoit`, `elle a été condamnée`,
 *   `je suis en arrêt`, `il souffre de`, `elle bénéficie de`), and a possessive before a personal
 *   object (`mon dossier`, `sa demande`, `ta dépression`, `ses traitements`).
 * - Right before the term (`possessedByWriter`): the writer's possessive (`mon infarctus`, `ma rééducation`);
 *   not the reader's or a third person's (`votre médecin traitant`, `sa politique`), which guides and
 *   rules use for anyone.
 * - Beyond the sentence (the engine, with the findings): a person named surely earlier in the
 *   paragraph (`namedBefore`), and a personal identifier, or a name with its address, less than 3,000
 *   characters above: the text is that person's file (`identifiedAbove`).
 *
 * Deliberately NOT anchors: bare pronouns and possessives (`il faut`, `il y a`, `il est possible`,
 * `son budget`, `sa politique`, `ses missions`, `je voudrais une note`, `me`), plurals and
 * indefinites (`les bénéficiaires`, `un enfant`, `des agents`): they are how topics are written.
 * Role nouns after a preposition (`l'intérêt de l'enfant`, `les droits de l'usager`, `projet pour
 * l'enfant`) are generic too. Everything is matched on the folded text (lower case, no accents),
 * except titles and name shapes, which need the capitals of the normalised text.
 */
import { isFirstName } from './data/first-names-fr';
import { foldName } from './fold';
import { lowerBound } from './sorted';
import { execAtPositions, stickyTwin } from './start-positions';
import { phraseList, wordSet } from './word-list';
import { REQUEST_VERBS } from './detectors/sensitive/_name-words';
import { testAfter, testBefore, textAfter, textBefore } from './text-window';
import { codeAt } from './char-codes';

const DETERMINER = "(?:l'|le |la |cet |cette |ce |son |sa |mon |ma |ton |ta |notre |votre |leur )";
/** Role nouns that, with a definite article, mean a specific person in a file (`l'enfant`, `la mère`). */
const ROLE_NOUNS = phraseList(
  'enfant|usager|usagere|patiente|mineur|mineure|jeune|eleve|resident|residente|interesse|interessee|defunt|defunte',
  'adolescent|adolescente|ado|bebe|nourrisson|monsieur|dame|pere|mere|epoux|epouse|conjoint|conjointe|compagnon',
  'compagne|concubin|concubine|victime|majeur protege|majeure protegee|jeune majeur|jeune majeure|fillette|garcon',
);
/**
 * Role nouns that legal explanations use generically with `le`/`l'` (`le bénéficiaire doit signer
 * un CER`, `l'agent en congé de maladie perçoit…`): anchors only in the feminine with `la`/`l'`
 * (case notes) or with a demonstrative or possessive (`mon agent`, `cette allocataire`).
 */
const GENERIC_ROLE_NOUNS = phraseList(
  'agent|salarie|beneficiaire|allocataire|demandeur|locataire|candidat|stagiaire|apprenti|collegue|requerant',
  'etudiant|collegien|lyceen|patient',
);
const FEMININE_ROLE_NOUNS = phraseList(
  "l'agente|la salariee|la beneficiaire|l'allocataire|la demandeuse|la locataire|la candidate|la stagiaire",
  "l'apprentie|la collegue|la requerante|l'etudiante|la collegienne|la lyceenne",
);
/** Nouns that point at a person only with a possessive (`ma femme`, not `la femme`). */
const FAMILY_NOUNS = phraseList(
  'fils|fille|filles|enfant|enfants|mari|femme|frere|soeur|freres|soeurs|parents|grand-mere|grand-pere|grand mere|grand pere',
  'grands-parents|petit-fils|petite-fille|oncle|tante|neveu|niece|cousin|cousine|beau-pere|belle-mere|bebe',
  'ami|amie|copain|copine|agent|agents|agente|collegue|collaborateur|collaboratrice|salarie|salariee|eleve|patient',
  'patiente|pere|mere|epoux|epouse|conjoint|conjointe|compagnon|compagne|papa|maman',
);
const POSSESSIVE = "(?:mon|ma|mes|son|sa|ses|ton|ta|tes|leur|votre|notre|nos|vos)";
/** First and second person: `mon dossier`, `votre demande` (a letter to the person). */
const PERSONAL_POSSESSIVE = '(?:mon|ma|mes|ton|ta|tes|votre|vos)';
/** Third person only before what is clearly someone's state, not a generic `son dossier`. */
/** Not `leur`: one thing of several people is often a group's (`les usagers restent libres de manifester leur religion`). */
const THIRD_POSSESSIVE = '(?:son|sa|ses|leurs)';
const THIRD_PERSON_OBJECTS = phraseList(
  'maladie|handicap|diagnostic|pathologie|grossesse|casier|condamnation|hospitalisation|depression|cancer|addiction',
  'curatelle|tutelle|curateur|curatrice|tuteur|tutrice|placement|expulsion|detention|incarceration|therapie',
  'psychiatre|orientation sexuelle|religion|appartenance|dettes|dossier medical|etat de sante|invalidite|diabete',
  'medecin traitant|arret maladie|arret de travail|pai|asthme|allergie|epilepsie',
);
/** Objects that, after a possessive, are someone's file or state (`mon dossier`, `sa maladie`). */
const PERSONAL_OBJECTS = phraseList(
  'dossier|situation|demande|droits|allocation|allocations|prestation|prestations|traitement|traitements|maladie',
  'arret|pension|handicap|diagnostic|medecin|medicaments|ordonnance|etat de sante|sante|pathologie|hospitalisation',
  'operation|grossesse|casier|condamnation|peine|placement|mesure|curatelle|tutelle|curateur|curatrice|tuteur',
  'tutrice|rsa|apa|pch|aah|rqth|notification|taux|reconnaissance|religion|foi|orientation sexuelle|syndicat',
  'appartenance|origine|convictions|dettes|loyer|logement|expulsion|depression|cancer|addiction|suivi|hebergement',
  'referent|referente|assistante sociale|assistant social|educateur|educatrice|fils|vie privee|detention',
  'incarceration|proces|avocat|avocate|plainte|dossier medical|therapie|psychiatre|psychologue|diabete|handicape',
  'invalidite|accident|conge maladie|mi-temps|conge maternite|conge de maternite|chimio|chimiotherapie|irm',
);
const IN_STATES = [
  "arret|ehpad|foyer|detention|prison|garde a vue|famille d'accueil|situation de|situation irreguliere|fauteuil|mecs",
  'curatelle|tutelle|hopital|psychiatrie|soins|traitement|greve|conge|invalidite|incapacite|danger|fugue|sursis',
  'liberte|recidive|cure|sevrage|depression|hebergement|institution|ime|esat|itep|ulis|placement|difficulte|rupture',
  'errance|reanimation|fin de vie|soins palliatifs|longue maladie|maladie|mi-temps|temps partiel therapeutique',
  'detresse|souffrance|crise|procedure|surendettement|impaye|centre|residence|chrs|accueil|milieu ouvert',
  "milieu ferme|maison|gir|ehpad|perte d'autonomie|invalidite",
].join('|');
const AT_STATES = 'rsa|chomage|cmp|cmpp|csapa|foyer|tribunal|commissariat|centre|spip|casier|fichier|chrs';
const UNDER_STATES = [
  'tutelle|curatelle|sauvegarde|controle judiciaire|bracelet|traitement|oxygene|assistance|emprise|main de justice',
  'oqtf|mesure|surveillance|contrainte|dialyse|perfusion|antidepresseur|neuroleptique',
].join('|');
/** Verbs of attribution after a subject pronoun (§9.1 item 2). */
const ATTRIBUTION =
  "(?:ne |n')?(?:" +
  [
    "(?:est|etait|sera|serait|a ete|avait ete|reste|semble|demeure|suis|etais|ai ete|es|sommes) (?:(?:actuellement|toujours|deja|desormais|aussi|egalement|tres|bien|pas|plus|encore|souvent|moi-meme|moi meme|lui-meme|elle-meme) )?" +
      "(?:suivie?s?|atteinte?s?|hospitalisee?s?|placee?s?|confiee?s?|incarceree?s?|condamnee?s?|detenue?s?|enceinte|malade|handicapee?s?|" +
      "diagnostiquee?s?|operee?s?|soignee?s?|traitee?s?|mise? en examen|interpellee?s?|arretee?s?|ecrouee?s?|hebergee?s?|accueillie?s?|" +
      "orientee?s?|reconnue?s?|inscrite?|beneficiaire|allocataire|sdf|syndiquee?s?|greviste|" +
      `en (?:${IN_STATES})|au (?:${AT_STATES})|a l'(?:ase|hopital|aah|apa|aide sociale|ehpad|isolement|rsa)|a la (?:rue|maison d'arret|mdph|retraite)|sous (?:${UNDER_STATES})|sans (?:domicile|abri|papiers|ressources|emploi|logement|titre)|` +
      "musulmane?|catholique|juive?|chretienne?|protestante?|athee|homosexuelle?|lesbienne|bisexuelle?|transgenre|" +
      "diabetique|epileptique|autiste|depressive?|bipolaire|schizophrene|alcoolique|toxicomane|sourde?|aveugle|malvoyante?|" +
      "grabataire|invalide|inapte|dependante?|victime|enceinte|suspendue?|radiee?|expulsee?|convoquee?|absente?|decedee?|" +
      "tombee?|blessee?|agressee?|maltraitee?|violentee?|separee?|divorcee?|veuve?|veuf|scolarisee?|dyslexique|obese|" +
      "anorexique|seropositive?|paraplegique|tetraplegique|amputee?|d'origine|originaire|issue?|demandeu(?:r|se)|refugiee?|" +
      "membre|adherente?|militante?|deleguee?|representante?|temoin|elue?|pratiquante?|croyante?|convertie?|engagee?|gay|lesbienne|trans|" +
      "atteinte?|connue?|signalee?|mise? en cause|poursuivie?|jugee?|fichee?|sortie? de)",
    '(?:souffre|souffrait|a souffert|souffrent) d',
    "(?:percoit|percevait|touche|touchait|beneficie|beneficiait|a beneficie|prend|prenait|suit|suivait|consulte|consultait|" +
      'fait|faisait|a fait|vit|vivait|habite|habitait|dort|boit|fume|frappe|frappait|presente|presentait|a presente|' +
      "porte|portait|pratique|prie|jeune|vote|milite|a vote|a milite|risque|sort|sortira|est sorti|est sortie|" +
      "a (?:un|une|des|du|de la|de l(?=')|eu|ete|fait|fugue|avoue|reconnu|commis|vole|frappe|agresse|subi|perdu|obtenu|demande|sollicite)|" +
      // The first person (`j'ai une sclérose en plaques`, `j'ai obtenu la RQTH`, `je perçois l'AAH`),
      // not the agent's work (`j'ai une question sur le RSA`, `j'ai un dossier APA à traiter`).
      "ai (?:un|une|des)(?! (?:question|questions|demande|demandes|dossier|dossiers|doute|probleme|souci|mail|courrier|message|rendez-vous|rdv|reunion|document|tableau|texte|note|courriel|point|besoin|collegue|stagiaire|usager|usagere|beneficiaire|famille|jeune|enfant|eleve|agent)(?![a-z]))|" +
      "ai (?:eu|ete|obtenu|perdu|subi)|ai (?:ma|mon|mes)(?! (?:question|questions|demande|demandes|dossier|dossiers|reunion|rendez-vous|rdv|collegue|stagiaire|equipe|usager|usagere|famille)(?![a-z]))|avons (?:eu|obtenu)|percois|prends|vis|dors|bois|" +
      'avait (?:un|une|des|eu|ete))(?![a-z])',
  ].join('|') +
  ')';
// `j` as text messages write the first person (`jsuis malade`, `j ai le bracelet`, `jai rechuté`).
const SUBJECT = "(?:il|elle|ils|elles|je|j'|j|tu|nous|monsieur|madame|mademoiselle|celui-ci|celle-ci|l'interesse|l'interessee)";
/** Impersonal uses of `il` that never point at a person. */
const IMPERSONAL =
  "il (?:faut|fallait|faudra|faudrait|y a|y avait|y aura|s'agit|s'agissait|existe|convient|semble|reste|manque|suffit|vaut|importe|arrive|apparait|parait|pleut|" +
  "est (?:possible|impossible|necessaire|important|prevu|recommande|obligatoire|interdit|conseille|utile|indispensable|souhaitable|rappele|precise|" +
  "difficile|facile|temps|question|demande|propose|entendu|clair|evident|vrai|exact|probable|permis|possible|urgent|essentiel|fondamental|prudent|" +
  "normal|logique|rare|frequent|courant|souvent|toujours|parfois|d'usage|de |d'|a noter|a rappeler|a souligner))";

const SPECIFIC_DETERMINER = '(?:cet |cette |ce |son |sa |mon |ma |ton |ta |notre |votre |leur )';
/** Prepositions after which a role noun is generic (`l'intérêt de l'enfant`, `droits de l'usager`). */
const GOVERNING = '(?:\\bchez|\\bde|\\bdu|\\bdes|\\bpour|\\bau|\\baux|\\bpar|\\bsur|\\ba|\\bentre|\\benvers|\\bchaque|\\btout|\\bque)';

/**
 * Left word boundary for the folded text (lower case, no accents) and for the normalised text. A
 * leading `(?<![\p{L}\p{N}])` is evaluated at every position and its Unicode classes dominate the
 * cost of a scan; Latin, Greek and Cyrillic letters and digits are what the texts hold.
 */
const NOT_AFTER_WORD = '(?<![0-9a-z\\u00AA\\u00B5\\u00BA\\u00DF-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])';
const NOT_AFTER_TEXT_WORD = '(?<![0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])';
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F';
const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u024F';

/**
 * One pass, one leading boundary: alternatives that each start with their own lookbehind make the
 * regex engine test every lookbehind at every position (measured: 22 ms per MB against 6 ms).
 * Group 1 is a role noun (rejected when governed by a preposition), group 2 a form label (kept only
 * at the start of a line or field); both checks run in `acceptStrong`. Group 3 is a title before a
 * lower-case letter (`mme b.` may be a party of published case law: see `anonymisedParty`).
 */
const STRONG_FOLDED = new RegExp(
  `${NOT_AFTER_WORD}(?:` +
    [
      // Role noun with a determiner.
      `(${DETERMINER}(?:${ROLE_NOUNS.join('|')})|${FEMININE_ROLE_NOUNS.join('|')}|${SPECIFIC_DETERMINER}(?:${GENERIC_ROLE_NOUNS.join('|')})e?)(?![\\p{L}\\p{N}])`,
      // Form labels (`Nom :`, `Enfant :`), not before an establishment's name (`Nom : EHPAD public …`).
      // `Agent :` opening a sentence is the service's side of a chat (`Agent : Bonjour, l'APA…`), not a field.
      "((?:nom|prenom|nom de naissance|nom d'usage|nom de famille|enfant|mere|pere|agent(?! ?: ?(?:bonjour|je|vous|le|la|l'))|usager|usagere|beneficiaire|patient|patiente|demandeur|demandeuse|titulaire|allocataire|eleve|salarie|salariee|resident|residente|locataire|conjoint|conjointe|epoux|epouse|interesse|interessee|date de naissance|ne\\(e\\) le)[ \\t]{0,3}:)",
      // Possessive + family noun; a family only with one possessor (`leur famille` is often that of a
      // group: `les lecteurs demandent les dossiers de leur famille`).
      `${POSSESSIVE} (?:${FAMILY_NOUNS.join('|')})(?![\\p{L}\\p{N}])`,
      '(?:mon|ma|ton|ta|son|sa|votre|notre) famille(?![\\p{L}\\p{N}])',
      // Demonstratives always point at someone specific.
      '(?:cet|cette|ce) (?:enfant|jeune|usager|usagere|beneficiaire|allocataire|patient|patiente|monsieur|dame|personne|agent|agente|salarie|salariee|eleve|mineur|mineure|famille|adolescent|adolescente|homme|femme|garcon|fille|bebe|locataire|resident|residente)(?![\\p{L}\\p{N}])',
      // A title before a name typed in lower case (`mme martin`); capitalised ones are TEXT_ANCHORS'.
      "(mme|mlle|madame|mademoiselle|monsieur) (?!(?:le|la|les|l'|et|ou|de|du|des|a|votre|notre)(?![a-z]))[a-z]",
      // Self and third-person introductions; `m'appelle` after `je` only (`un agent m'appelle` calls me).
      "(?:s'appelle|je m'appelle|me nomme|mon nom est|mon prenom est)(?![\\p{L}\\p{N}])",
      // English: a person mentioned in a translated or English note.
      '(?:(?:his|her|my|your|their|the) (?:son|daughter|child|mother|father|wife|husband|patient|client|partner|brother|sister)|the (?:boy|girl|young person|applicant|claimant|employee))(?![\\p{L}\\p{N}])',
    ].join('|') +
    ')',
  'gu',
);
const CONDITION_BEFORE = /(?:^|[^a-z])(?:si|quand|lorsque|des que|chaque fois que) $/;
const GOVERNED = new RegExp(`(?:^|[^a-z])${GOVERNING.replace(/\\b/g, '')} $`);
const FIELD_START = /(?:^|[\n;|\t]|[-:.?!,] )[ \t]{0,3}$/;

const acceptStrong = (match: RegExpExecArray, slice: string): boolean => {
  const before = textBefore(slice, match.index, 12);
  // Only the articles make a role generic after a preposition (`droits de l'usager`); a demonstrative
  // or a possessive stays specific (`répondre à cet usager`, `écrire à mon agent`).
  // Nor after a condition (`si l'enfant est en danger`, `quand le jeune arrive`): a case in general.
  if (match[1] !== undefined) return !/^(?:l'|le |la )/.test(match[1]) || (!GOVERNED.test(before) && !CONDITION_BEFORE.test(before));
  if (match[2] !== undefined) {
    const value = textAfter(slice, match.index + match[0].length, 8);
    return (match.index === 0 || FIELD_START.test(before)) && !PLACEHOLDER_VALUE.test(value) && !testAfter(slice, match.index + match[0].length, INSTITUTION_VALUE, 24);
  }
  // An employer's staff, not someone (`le Département et ses agents`).
  return match[0] !== 'ses agents';
};

/** A field whose value names an establishment or a body, not a person (`Nom : EHPAD public Résidence …`). */
const INSTITUTION_VALUE = /^[ \t]*(?:ehpad|residence|college|lycee|ecole|association|centre|maison|service|foyer|mecs|ime|esat|hopital|clinique|commune|mairie|departement|etablissement|societe|entreprise|sarl|sas)(?![a-z])/;

/**
 * A form field left to fill in (`Date de naissance : JJ/MM/AAAA`, `Nom : ____`, `Nom : {{NOM}}`, and
 * `__/__/____`, which normalisation reads as emphasis marks around its slashes): no one yet.
 */
const PLACEHOLDER_VALUE = /^[ \t]*(?:_|\{\{|\[|<|jj[/.-]|x{2,}|\.{3}|…|\/[ \t]*\/)/;

const WEAK_FOLDED = new RegExp(
  `${NOT_AFTER_WORD}(?:` +
    [
      `${SUBJECT} ?(?:(?:lui|leur|la|le|les|se|s'|en|y) ?)?${ATTRIBUTION}`,
      `(?:${PERSONAL_POSSESSIVE} (?:${PERSONAL_OBJECTS.join('|')})|${THIRD_POSSESSIVE} (?:${THIRD_PERSON_OBJECTS.join('|')}))(?![\\p{L}\\p{N}])`,
      // English pronouns with a verb of attribution.
      // `I'm diabetic`, `I've been on sick leave`; not the writer's work (`I'm preparing a presentation`).
      "(?:(?:he|she|i) (?:is|was|has|had|suffers|receives|takes|lives|am|have)|i've (?:been|had|got)|i'm(?! [a-z]+ing(?![a-z])))(?![\\p{L}\\p{N}])",
    ].join('|') +
    ')',
  'gu',
);
const IMPERSONAL_FOLDED = new RegExp(`${NOT_AFTER_WORD}${IMPERSONAL}`, 'gu');

/** Services and establishments, in capitals before the name they bear (`CMS Pierre-Brossolette`). */
const INSTITUTIONS = wordSet('mds mdsi cms ccas cias cdas utas ehpad mecs ime esat chrs saad ssiad caf msa cpam mdph pmi ase crip spip cmp cmpp camsp ch chu rpe ram mam');

/** Titles after their first letter (`M.`, `MM.`, `Mme`, `Monsieur`, `Dr`, `Pr.`…), checked with a lookbehind on it. */
const TITLE_TAILS =
  "(?:(?<=M)(?:\\.|M\\.|mes?\\.?|lle|onsieur|adame|ademoiselle|e|a[îi]tre|r\\.?|rs\\.?|s\\.?|iss|MES?|LLE|ONSIEUR|ADAME|ADEMOISELLE)|(?<=D)(?:r\\.?|octeur|OCTEUR)|(?<=P)(?:r\\.|rofesseur|ROFESSEUR))";
const NOT_A_FUNCTION = `(?!(?:Le|La|Les|L'|Président|Présidente|Maire|Directeur|Directrice|Préfet|Préfète|Ministre|Député|Sénat|Conseill|Chef|Responsable|Juge|Procureur|Commissaire|Inspect|Recteur|Rectrice|Vice|Adjoint)(?![${LOWER}])|(?:LE|LA|LES|L'|PR[ÉE]SIDENTE?|MAIRE|DIRECT(?:EUR|RICE)|PR[ÉE]F[ÈE]TE?|MINISTRE|D[ÉE]PUT[ÉE]E?|S[ÉE]NAT(?:EUR|RICE)|CONSEILL[ÈE]RE?|CHEFF?E?|RESPONSABLE|JUGE|PROCUREURE?|COMMISSAIRE|INSPECT(?:EUR|RICE)|RECT(?:EUR|RICE)|VICE|ADJOINTE?)(?![${UPPER}${LOWER}]))`;
/**
 * On the normalised text: civil titles followed by a capitalised word that is not an article or a
 * function; birth (`né le`, `née en`: the accent is needed, folded `ne le` is a negation; not before a placeholder); an
 * UPPER-CASE surname next to a capitalised word (checked against the first-name list).
 *
 * The pattern consumes a first character before its boundary lookbehind (a leading lookbehind is
 * tested at every position), so each title is written as its first letter (checked by a lookbehind)
 * and the rest of the word. Groups 1 and 2 hold the capitalised word of an
 * upper-case name pair, checked against the first-name list.
 */
const TEXT_ANCHORS = new RegExp(
  `[${UPPER}](?<=${NOT_AFTER_TEXT_WORD}.)(?:` +
    [
      `${TITLE_TAILS} {1,2}(?:et (?:M\\.|Mme|Madame|Monsieur) {1,2})?${NOT_A_FUNCTION}[${UPPER}]`,
      `[${UPPER}]{1,29} {1,2}([${UPPER}][${LOWER}]{1,30})(?![\\p{L}\\p{N}])`,
      // The lower-case run is not given back letter by letter, and the name after it is looked for before
      // the capture looks behind: most capitalised words (`Bonjour`, `Le`) fail there at once.
      `[${LOWER}]{1,30}(?![${LOWER}])(?= {1,2}[${UPPER}]{2})(?<=([${UPPER}][${LOWER}]{1,30})) {1,2}[${UPPER}]{2,30}(?![\\p{L}\\p{N}])`,
    ].join('|') +
    // Not before a placeholder's date (`né le [JJ/MM/AAAA]`, `née le __/__/____`): a template's person is no one.
    `)|[Nn](?<=${NOT_AFTER_TEXT_WORD}.)ée? (?:le|en) (?![[_.]|[JjXx]{2})`,
  'gu',
);

/** A court's decision and its number (`CAA Lyon, 6e ch., 12 déc. 2024, n° 23LY02716`): published case law, whose parties are anonymised. */
const CASE_LAW_REFERENCE = /(?<![\p{L}])(?:CE|CAA|TA|Cass\.)[ ,][^\n]{0,100}n° ?\d\d/u;

/**
 * A title's name of one letter (`M. X`, `Mme B.`; `letter` is its offset) near a decision's reference
 * (`CE, 3 juillet 2024, Mme B., n° 471935`): a party of published case law, anonymised, no one.
 */
export const anonymisedParty = (text: string, letter: number): boolean => /^.\.?(?![\p{L}\p{N}'’])/u.test(text.slice(letter, letter + 3)) && CASE_LAW_REFERENCE.test(text.slice(Math.max(0, letter - 400), letter + 80));

const WIDE_BEFORE = 250;
const WIDE_AFTER = 150;
/** Anchors are found once per text, chunk by chunk on demand, then looked up by position. */
const CHUNK = 4096;

interface Chunk {
  /** Start offsets of strong anchors found from this chunk (sorted), once computed. */
  strong?: number[];
  /** Start offsets of weak anchors, impersonal constructions removed (sorted), once computed. */
  weak?: number[];
}

/** The text and folded text the cached anchors were found in (strong anchors read the capitals of the text). */
let cachedText: string | null = null;
let cachedFolded: string | null = null;
let chunks = new Map<number, Chunk>();

/** Context kept around a chunk so that lookbehinds and long anchors see the text they need. */
const MARGIN_BEFORE = 64;
const MARGIN_AFTER = 320;

/**
 * The anchor patterns that run on the folded text. The engine may list where they can start, in
 * the same pass as its term lists (see start-positions.ts), and hand the lists over with
 * `useAnchorStarts`: they are then tried only there.
 */
export const FOLDED_ANCHOR_PATTERNS: readonly RegExp[] = [STRONG_FOLDED, WEAK_FOLDED, IMPERSONAL_FOLDED];

/** The folded text the handed-over positions belong to, and the positions per pattern. */
let listedFolded: string | null = null;
let startLists = new Map<RegExp, readonly number[]>();

/** Hands over, for the folded text `folded`, where each of FOLDED_ANCHOR_PATTERNS may start (same order). */
export const useAnchorStarts = (folded: string, positions: readonly (readonly number[])[]): void => {
  listedFolded = folded;
  startLists = new Map(FOLDED_ANCHOR_PATTERNS.map((pattern, index) => [pattern, positions[index]]));
};

/**
 * Starts of the matches of `regex` beginning in [from, to) of `value`. The regex runs on a slice
 * with margins, never on the rest of the text: a last `exec` that finds no match before `to` would
 * otherwise search to the end of a long document for every chunk. With handed-over positions, it
 * is tried at those positions only (same matches: see start-positions.ts).
 */
const starts = (regex: RegExp, value: string, from: number, to: number, accept?: (match: RegExpExecArray, context: string, start: number) => boolean): number[] => {
  if (listedFolded !== null && listedFolded === value) {
    listedFolded = value; // equal contents: keep this reference so that the next test compares pointers
    const positions = startLists.get(regex);
    if (positions) return startsAt(regex, value, positions, from, to, accept);
  }
  const offset = Math.max(0, from - MARGIN_BEFORE);
  const slice = value.slice(offset, Math.min(value.length, to + MARGIN_AFTER));
  const out: number[] = [];
  regex.lastIndex = from - offset;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(slice)) !== null && match.index + offset < to) {
    // `match.index` is an offset into the slice; `start` is the offset into the text.
    if (!accept || accept(match, slice, match.index + offset)) out.push(match.index + offset);
    if (match[0].length === 0) regex.lastIndex++;
  }
  return out;
};

/** `starts` with a sticky copy of `regex` tried at the listed positions in [from, to), on the whole text. */
const startsAt = (regex: RegExp, value: string, positions: readonly number[], from: number, to: number, accept?: (match: RegExpExecArray, context: string, start: number) => boolean): number[] => {
  const sticky = stickyTwin(regex);
  const out: number[] = [];
  const cursor = { next: lowerBound(positions, from) };
  sticky.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = execAtPositions(sticky, value, positions, cursor, to)) !== null) {
    if (!accept || accept(match, value, match.index)) out.push(match.index);
    if (match[0].length === 0) sticky.lastIndex = match.index + 1;
  }
  return out;
};

/** Strong anchors found from chunk `index`, sorted. */
const strongAnchors = (text: string, folded: string, index: number): number[] => {
  const from = index * CHUNK;
  const to = Math.min(folded.length, from + CHUNK);
  return [
    // `mme b.` (folded) as `Mme B.` below.
    ...starts(STRONG_FOLDED, folded, from, to, (match, slice, start) => acceptStrong(match, slice) && !(match[3] !== undefined && anonymisedParty(text, start + match[0].length - 1))),
    ...starts(TEXT_ANCHORS, text, from, to, (match, slice, start) => {
      const first = match[1] ?? match[2];
      if (first === undefined) {
        // `né le` (its second letter is `é`, no title's is): of a person, not of a scheme (`le RSA est né le`).
        if (codeAt(match[0], 1) === 0xe9) return !bornOfAThing(folded, match.index);
        // `Mme A...`, `M. B…`: a party anonymised in case law, no one; `M. XXX`, `Mme Xxxx`: a
        // template's placeholder. A single `Mme X` stays someone, as agents write it to hide a name,
        // but not next to a decision's reference (`CE, 14 février 2024, M. X, n° 468531`).
        const end = match.index + match[0].length;
        return !testAfter(slice, end, /^(?:\.\.\.|…)/, 3) && !/^[Xx]{2,}(?![\p{L}\p{N}])/u.test(slice.slice(end - 1, end + 12)) && !anonymisedParty(text, start + match[0].length - 1);
      }
      // `CMS Pierre-Brossolette`, `MDS Louise-Michel`: a service named after someone.
      if (match[1] !== undefined && INSTITUTIONS.has(foldName(match[0].slice(0, match[0].indexOf(' '))))) return false;
      return isFirstName(foldName(first));
    }),
  ].sort((a, b) => a - b);
};

/** Weak anchors found from chunk `index`, impersonal constructions (`il y a`, `il faut`) removed. */
const weakAnchors = (folded: string, index: number): number[] => {
  const from = index * CHUNK;
  const to = Math.min(folded.length, from + CHUNK);
  const impersonal = new Set(starts(IMPERSONAL_FOLDED, folded, from, to));
  return starts(WEAK_FOLDED, folded, from, to, (_match, _slice, start) => !impersonal.has(start));
};

/**
 * The anchors of one kind found from chunk `index`. Each kind is computed when first asked for:
 * a sentence with a weak anchor, or an identifying finding, never needs the strong ones.
 */
const anchorsAt = (text: string, folded: string, index: number, kind: keyof Chunk): number[] => {
  // Both strings count: `M. Durand` and `m. durand` fold alike, but only the first is an anchor.
  if (cachedFolded !== folded || cachedText !== text) {
    chunks = new Map();
  }
  // Keep the references of the last caller's strings even when the contents are equal: a later call
  // with the same objects then compares pointers, not a megabyte of characters.
  cachedText = text;
  cachedFolded = folded;
  let chunk = chunks.get(index);
  if (!chunk) {
    chunk = {};
    chunks.set(index, chunk);
  }
  if (kind === 'strong') return (chunk.strong ??= strongAnchors(text, folded, index));
  return (chunk.weak ??= weakAnchors(folded, index));
};

/** True when an anchor of the given kind starts in [from, to). */
const anyIn = (text: string, folded: string, from: number, to: number, kind: keyof Chunk): boolean => {
  if (from >= to) return false;
  for (let index = Math.floor(from / CHUNK); index * CHUNK < to; index++) {
    const list = anchorsAt(text, folded, index, kind);
    // The first position >= from must be < to.
    const first = lowerBound(list, from);
    if (first < list.length && list[first] < to) return true;
  }
  return false;
};

/** Offsets of the line breaks of the last text asked about, and of its blank lines (`\n\n`). */
let linesOf: string | null = null;
let newlines: number[] = [];
let blankLines: number[] = [];

const indexLines = (text: string): void => {
  if (linesOf === text) {
    linesOf = text; // same content: keep the new reference so the next check is a pointer compare
    return;
  }
  const breaks: number[] = [];
  const blanks: number[] = [];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
    if (breaks.length > 0 && breaks[breaks.length - 1] === k - 1) blanks.push(k - 1);
    breaks.push(k);
  }
  linesOf = text;
  newlines = breaks;
  blankLines = blanks;
};

/**
 * Start and end (exclusive, without the line break) of the line holding `position`. The line
 * breaks of a text are indexed once, so that callers asking for many positions stay linear.
 */
export const lineAround = (text: string, position: number): [number, number] => {
  indexLines(text);
  const next = lowerBound(newlines, position);
  const start = next > 0 ? newlines[next - 1] + 1 : 0;
  const end = next < newlines.length ? newlines[next] : text.length;
  return [start, end];
};

/** The writer's possessives only: `votre`, `son` are how guides and rules speak of anyone. */
const POSSESSED_BY_WRITER = /(?:^|[^a-z])(?:mon|ma|mes) $/;

/** True when the term at `start` of the folded text follows the writer's possessive (`depuis mon infarctus`, `ma polyarthrite`). */
export const possessedByWriter = (folded: string, start: number): boolean => testBefore(folded, start, POSSESSED_BY_WRITER, 8);

/**
 * True when the sentence [start, end) of the text is tied to a person: a weak or strong anchor in
 * the sentence, or a strong anchor in the neighbouring text (same paragraph, bounded window).
 * Anchors are computed once per text (4 KB chunks, on demand), so that a long document with many
 * category terms costs one pass, not one pass per term.
 */
export const hasPersonAnchor = (text: string, folded: string, start: number, end: number): boolean => {
  if (text.length !== folded.length) return false;
  if (anyIn(text, folded, start, end, 'weak')) return true;
  // One window over the sentence and its neighbours: a title cut by a sentence break (`M. Dupont`:
  // the engine ends a sentence at `M. `) is seen whole.
  const [from, to] = neighbourhood(text, start, end);
  return anyIn(text, folded, from, to, 'strong');
};

/**
 * True when a person named surely before the sentence [start, end) of the folded text, in its
 * neighbourhood, is what it speaks of: `Dylan Maurel :` ↵ `- sorti de détention en juin`.
 * `namedStarts`, sorted, are where such names and personal identifiers start; `identifierStarts`
 * where the identifiers alone do (a birth date, a NIR…). A line sees back to the first line of
 * its paragraph (a list's items, whose bullets normalisation removed, see the line that introduces
 * the list); a form field (`Situation actuelle : …`) sees the fields above it, across blank lines,
 * when they hold an identifier (the identity block of a filled form). Not when the
 * sentence asks the assistant for something (`Rédige une note sur le handicap.`), nor when the
 * name is the writer's (`je suis Marie Dupont`, `De : Marie Dupont`): a request names its topic,
 * and the agent who writes it is not the person it speaks of.
 */
export const namedBefore = (text: string, folded: string, start: number, end: number, namedStarts: readonly number[], identifierStarts: readonly number[]): boolean => {
  if (opensWithRequest(folded, start)) return false;
  const [lineStart, lineEnd] = lineAround(text, start);
  const line = folded.slice(lineStart, lineEnd);
  const from = Math.min(neighbourhood(text, start, end)[0], paragraphStart(text, lineStart));
  for (let k = lowerBound(namedStarts, from); k < namedStarts.length && namedStarts[k] < start; k++) {
    if (!testBefore(folded, namedStarts[k], NOT_THE_SUBJECT_BEFORE, 80)) return true;
  }
  if (!FORM_FIELD.test(line)) return false;
  const formFrom = formStart(text, folded, lineStart);
  const first = lowerBound(identifierStarts, formFrom);
  return first < identifierStarts.length && identifierStarts[first] < start;
};

/** True when the sentence at `start` of the folded text opens with an imperative, not a field's label (`Demande : PCH aide humaine`). */
export const opensWithRequest = (folded: string, start: number): boolean => {
  const opener = /^[\s\-*•>]*([a-z]+)(?![a-z]| ?:)/.exec(textAfter(folded, start, 30));
  return opener !== null && REQUEST_VERBS.has(opener[1]);
};

/** How far below a personal identifier a file's text is still about that person (a case report's length). */
const IDENTIFIED_FILE_LENGTH = 3000;

/**
 * True when a personal identifier (a NIR, a birth date, a CAF number, a name with its address…:
 * `identifierStarts`, sorted) comes less than IDENTIFIED_FILE_LENGTH characters before `start`: the
 * text is someone's file
 * (the identity block of a report, a notification, a certificate), and what it says further down,
 * past its paragraph (`1. Origine de la saisine` ↵ `La CRIP a été destinataire d'une information
 * préoccupante…`), is that person's situation.
 */
export const identifiedAbove = (identifierStarts: readonly number[], start: number): boolean => {
  const next = lowerBound(identifierStarts, start);
  return next > 0 && start - identifierStarts[next - 1] <= IDENTIFIED_FILE_LENGTH;
};

/**
 * A mail merge's field (`«NOM»`, `<<DATE_NAISSANCE>>`), two blank fields of a form on a line
 * (`n° : ________ ou dossier : ________`, which normalisation reads as one `_` each), or a name
 * and a first name left blank (`Nom ……… Prénom ………`, which it reads as `Nom : Prénom :`).
 */
const MAIL_MERGE_FIELD = /«[A-Z][A-Z0-9_]+»|<<[A-Z][A-Z0-9_]+>>|[\s:]_(?=\s)[^\n]{1,60}[\s:]_(?=\s|$)|Nom : +Pr[ée]nom :/;

/**
 * Two fields in square brackets (`[Civilité] [NOM] [Prénom]`, `dossier n° [NUM_DOSSIER]`, `[NOM Prénom], né(e)
 * le [JJ/MM/AAAA]`, `votre enfant [PRÉNOM NOM] … le [DATE]`): one alone is
 * more often a value an agent blanked out of a real letter (`Madame [NOM],`).
 */
const BRACKETED_FIELD = '\\[(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|(?:NOM|PR[EÉ]NOM|Pr[ée]nom)(?: [^\\]\\n]{1,24})?|CIVILIT[EÉ]|Civilit[ée]|JJ/MM/AAAA|DATE)\\]';
const BRACKETED_FIELDS = new RegExp(`${BRACKETED_FIELD}[^]*?${BRACKETED_FIELD}`);

/**
 * True when the text is a mail merge's template or a blank form: its `votre demande`, `le demandeur`
 * are whoever the letter will be sent to or the form filled by, not someone yet (`Objet : décision
 * relative à votre demande d'allocation personnalisée d'autonomie` ↵ `Référence : «NUM_DOSSIER»`).
 */
export const mailMergeTemplate = (text: string): boolean => MAIL_MERGE_FIELD.test(text) || BRACKETED_FIELDS.test(text);

/** `né` of a thing or an animal, not a person (`rejet implicite né le 12 janvier 2025`, `veau …, mâle, né le`), folded, right before `né`. */
const THING_BORN_BEFORE = /(?:implicite|decision|rejet|litige|differend|contentieux|conflit|accord|contrat|projet|male,|femelle,) $/;
/**
 * A body born of a merger or a decision (`Le pôle mobilité, né le 1er janvier 2021`, `association
 * née le`), a newspaper, a festival or an idea (`le journal est né le`, `La fête médiévale de Vertus,
 * née le`, `L'idée de ce gîte est née le`, `Le concours, né le`, `Le lotissement du Clos Jean-Jaurès est né le`),
 * a club's section as the subject (`La section parachutisme est née le`; not a pupil `de la section sportive, né le`),
 * a scheme (`le RSA est né le 1er juin 2009`) or a show's animal (`Un lapin Fauve de Bourgogne né le`), folded.
 * Not a pupil the body writes about (`l'école concernant Mathis LAVERGNE, né le`), nor its agent
 * (`agent du service des routes, né le`).
 */
const BODY_BORN_BEFORE = /(?:^|[^a-z])(?:(?<!du )(?:journal|fete|concours|lotissement|association|pole|service|club|festival|projet|idee|structure|dispositif|federation|direction|societe|entreprise|collectif|compagnie|departement|orchestre|reseau|syndicat|securite|loi|republique|institution|caisse|mutuelle|fondation|agence|ecole|lapin|lapine|poule|chiot)(?: (?!concernant|eleve)[a-z'«»-]+){0,4},?|(?:le|la|l') ?(?:rsa|rmi|apa|pch|aah|cmu|mdph|caf|ase|pmi|fsl|smic)(?: est|,)?|(?<!(?:de|en|a) )(?:la|une|notre|cette) section(?: [a-z'-]+){0,3}(?: est|,)) $/;
/**
 * What a body is born of or at, after the date (`La plateforme de répit des aidants, née le 1er janvier
 * 2019 de la fusion de deux CLIC`, `né le 29 février 2016 avec la loi`, `lors du séminaire`, `de la
 * convention avec la SAFER`, `à l'initiative d'une poignée de bénévoles`, `de la volonté du conseil municipal`),
 * a boat launched (`sur la cale du chantier`), or a cohort's bound (`les agents nés le 1er janvier 1965 ou
 * après`, `tout joueur né(e) le 1er janvier 2010 ou après`, `date de naissance : 15/01/2008 au plus tard`), folded.
 */
const THING_BORN_AFTER = /^(?:ne\(?e?\)?s? le|date de naissance) [^\n;.]{4,30}? (?:de la volonte|a l'initiative|ou apres|ou avant|au plus tard|de la convention|de la fusion|d'une fusion|par fusion|d'une deliberation|du regroupement|d'un regroupement|de la reunion|par ordonnance|par decret|de la loi|par la loi|avec la loi|lors d(?:u|e la|e l'|es) (?:seminaire|vote|conseil|session|assemblee|reunion|comite)|sur la cale|au chantier)/;
/** Whether the birth label at `start` of the folded text (`né`, `née`, `date de naissance`) is said of a thing, a body, a scheme or a bound (see above), not of a person. */
export const bornOfAThing = (folded: string, start: number): boolean => testBefore(folded, start, THING_BORN_BEFORE, 14) || testBefore(folded, start, BODY_BORN_BEFORE, 48) || testAfter(folded, start, THING_BORN_AFTER, 80);

/**
 * Words of a sentence about anyone: a general condition, a quantifier, a class of people (`les élèves
 * dont le handicap…`), what anyone may do, a
 * definition asked for (`c quoi la diff entre tutelle et curatelle ?`), a template's placeholder
 * (`votre enfant [PRÉNOM NOM]`, `le [DATE]`, `{{nom}}`, a mail merge's `<<DATE_EP>>`), case law (`Cass. 1re civ.`, `Conseil
 * d'État`), an instruction (`composez le 115`), an English policy (`Member States should…`). Not `si`
 * alone nor a question mark: agents ask about someone that way (`dis-moi si ce jeune peut avoir…`),
 * where `si l'enfant`, `si les parents` are any child's, any parents'.
 */
const GENERIC_SENTENCE = /(?<![a-z])(?:lorsqu'|en cas d')|(?<![a-z])(?:lorsque|des que|en cas de|si (?:l'enfant|votre enfant|un enfant|le jeune|l'usager|la personne|les parents|tu es|vous etes)|toute personne|tout (?:enfant|agent|usager|mineur|jeune (?:se|qui))|chaque (?:enfant|agent|usager|personne|famille)|les (?:eleves|enfants|parents|personnes|usagers|familles|agents|beneficiaires) dont|(?:un|une) (?:agent|enfant|usager|personne|beneficiaire|allocataire|jeune|apprenti|eleve)(?: [a-z]{3,14})? (?:peut|doit)|peut-il|peut-elle|doit-il|doit-elle|c quoi|qu'est-ce qu|difference entre|diff entre|cass\.|cour de cassation|conseil d'etat|composez le|appelez le|member states|states should|should be considered|should ensure|civ\.|crim\.|vrai ou faux|q\d{1,2}\.|peut-on|doit-on|faut-il)(?![a-z])|-t-on(?![a-z])|\[(?:date|heure|nom|prenoms?|ville|adresse|lieu|numero|n°|montant|x{1,3})(?:[ _-][^\]\n]{0,20})?\]|\{\{ ?[a-z]|<<[a-z]/;

/**
 * True when the sentence [start, end) of the folded text states a rule about anyone rather than
 * tells of someone (`si l'enfant est en danger, le juge peut ordonner un placement`): its role words
 * (`l'enfant`, `un agent`) are then no one.
 */
export const statesARule = (folded: string, start: number, end: number): boolean => GENERIC_SENTENCE.test(folded.slice(start, end));

/**
 * What introduces someone a message is not about: its writer (`je suis`, `De :`, `Rédacteur :`),
 * its addressee (`Bonjour`, `À :`, `Cc :`), the people at a meeting (`Présents : A, B`).
 */
const NOT_THE_SUBJECT_BEFORE =
  /(?:je suis|je m'appelle|moi c'est|redige par|signe par|bonjour|bonsoir|hello|cher|chere)[ \t,]*$|(?:^|\n)[ \t>]*(?:de|from|a|to|cc|cci|expediteur|envoye par|redacteur|redactrice|auteur|autrice|presents?|presentes?|excuses?|excusees?|participants?|destinataires?|copie)[ \t]?:[^\n]*$/;
/** A field of a filled form (folded): a short label, a colon, a value (`situation actuelle : …`, `n° allocataire : …`). */
const FORM_FIELD = /^[ \t]*[a-z][a-z'()°/ .-]{0,40}[ \t]?:[ \t]*\S/;
/** How far up a paragraph or a form is read for the person it is about. */
const STRUCTURE_LOOK_BACK = 1500;

/** Start of the paragraph holding the line at `lineStart` (after its blank line), at most STRUCTURE_LOOK_BACK above. */
const paragraphStart = (text: string, lineStart: number): number => {
  indexLines(text);
  const blank = lowerBound(blankLines, lineStart) - 1;
  const start = blank >= 0 ? blankLines[blank] + 2 : 0;
  return Math.max(start, lineStart - STRUCTURE_LOOK_BACK);
};

/**
 * Start of the topmost field above the field at `fieldStart` in the paragraphs that hold fields
 * (a filled form's blocks, blank lines between them); a paragraph without a field ends the form.
 */
const formStart = (text: string, folded: string, fieldStart: number): number => {
  let top = fieldStart;
  let cursor = fieldStart;
  let paragraphHasField = true;
  while (cursor > 0 && fieldStart - cursor < STRUCTURE_LOOK_BACK) {
    const [previousStart, previousEnd] = lineAround(text, cursor - 1);
    const previous = folded.slice(previousStart, previousEnd);
    if (previous.trim() === '') {
      // A paragraph boundary: go on only if the paragraph just read had a field.
      if (!paragraphHasField) break;
      paragraphHasField = false;
    } else if (FORM_FIELD.test(previous)) {
      paragraphHasField = true;
      top = previousStart;
    }
    cursor = previousStart;
  }
  return top;
};

/**
 * The text around the sentence [start, end) where a strong anchor ties it to a person: a bounded
 * window that stops at a blank line (another paragraph speaks of something else).
 */
const neighbourhood = (text: string, start: number, end: number): [number, number] => {
  indexLines(text);
  let from = Math.max(0, start - WIDE_BEFORE);
  let to = Math.min(text.length, end + WIDE_AFTER);
  const blankAfter = lowerBound(blankLines, start);
  if (blankAfter > 0 && blankLines[blankAfter - 1] + 2 > from) from = Math.min(start, blankLines[blankAfter - 1] + 2);
  const blankNext = lowerBound(blankLines, end);
  if (blankNext < blankLines.length && blankLines[blankNext] < to) to = blankLines[blankNext];
  return [from, to];
};
