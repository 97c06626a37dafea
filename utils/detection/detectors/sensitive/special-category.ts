import { defineCategory } from './_define-category';
import { columnHeader } from '../../table-context';
import { afterGap, TERRITORY_BAN_NEIGHBOURS, termAlternation, termPattern, topicBefore } from './_terms';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { testAfter, testAround, testBefore } from '../../text-window';
import { codeAt } from '../../char-codes';

/**
 * Special categories of RGPD art. 9 other than health: religious or philosophical beliefs,
 * political opinions, trade-union membership, sexual orientation and sex life, racial or ethnic
 * origin (with the asylum and residence statuses that reveal it, §9.3), genetic and biometric data.
 *
 * Person-anchored. Narrowed senses (§9.2): `syndicat` is never a term (`syndicat mixte`,
 * `syndicat des eaux`); union membership is `syndiqué`, `délégué syndical`, `adhérent à la CGT`,
 * `gréviste`. Party acronyms only after a membership word (`RN` is also a route nationale);
 * `voile` only as `porte le voile`/`voilée`; `église`, `religieuse` and `orientation` alone are
 * left out; `empreinte` only as `empreinte digitale`; `génétique` only with a test or disease.
 *
 * Source: shared/reference/detectors.md §9.1-9.3. Examples are fictitious.
 */

const UNIONS = [
  'cgt', 'cfdt', 'FO', 'CFE-CGC', 'cftc', 'unsa', 'SUD', 'Solidaires', 'FSU', 'Force ouvriere',
  // Unions of the overseas départements (Guadeloupe, Martinique)
  'CGTG', 'UGTG', 'CGTM',
  // Farmers' unions (`adhérent de la FNSEA`)
  'FNSEA', 'Confederation paysanne', 'Coordination rurale',
];
const PARTIES = phraseList(
  'LFI|RN|PS|LR|EELV|PCF|NPA|LO|UDI|MoDem|Renaissance|Reconquete|Horizons|Rassemblement national|France insoumise',
  'la France insoumise|parti socialiste|Les Republicains|parti communiste|Les Ecologistes|Ecologistes|Front national',
);
/** Feminine forms of origins and nationalities (`d'origine algérienne`); nationality.ts reads them too. */
export const ORIGINS = phraseList(
  'maghrebine|africaine|algerienne|marocaine|tunisienne|turque|asiatique|arabe|juive|roumaine|rom|senegalaise',
  'malienne|comorienne|etrangere|subsaharienne|antillaise|guyanaise|reunionnaise|mahoraise|kurde|kabyle|berbere|tchetchene|afghane|syrienne',
  'ivoirienne|congolaise|camerounaise|guineenne|haitienne|vietnamienne|chinoise|portugaise|espagnole|italienne',
  'polonaise|albanaise|georgienne|armenienne|erythreenne|ethiopienne|soudanaise|somalienne|pakistanaise|bangladaise',
  'ukrainienne|russe|nigeriane|ghaneenne|angolaise|libyenne|egyptienne|irakienne|iranienne|tamoule|sri-lankaise',
  'indienne|bresilienne|colombienne|malgache|mauricienne|capverdienne|bosniaque|kosovare|serbe|moldave|bulgare',
  'francaise|allemande|belge|britannique|americaine|tchadienne|centrafricaine|beninoise|togolaise|mauritanienne',
  'gabonaise|djiboutienne|rwandaise|burundaise|palestinienne|libanaise|croate|grecque|suisse|tcheque|mongole',
  'coreenne|japonaise|nepalaise|cambodgienne|liberienne|gambienne|nigerienne|zairoise|hongroise|dominicaine|peule',
);

const SYNDICAL_ROLES = phraseList(
  'delegue syndical|deleguee syndicale|delegues syndicaux|deleguees syndicales|representant syndical',
  'representante syndicale|representants syndicaux|representantes syndicales|elu syndical|elue syndicale',
  'militant syndical|militante syndicale|secretaire de section syndicale|section syndicale|delegation syndicale',
  'union representative|union rep|union delegate',
);
const MEMBERS = ['adherent~', 'membre*', 'militant~', 'representant~', 'section', 'encarte~', 'sympathisant~', 'syndique~', 'elu~', 'delegue~', 'carte', 'liste', 'candidat~', 'investi~ par', 'responsable~ local~'];
const LINKS = ['a la', 'au', 'du', 'de la', 'de', 'des', 'a', 'chez', "a l'", "de l'", "d'"];

/** `adhérent au RN`, `syndiquée à FO`, `membre de la CGT`, `adhérent FO`: one compact fragment, not every combination. */
const MEMBERSHIP = `(?:${termAlternation(MEMBERS)}) (?:(?:${termAlternation(LINKS)}) ?)?(?:${termAlternation([...PARTIES, ...UNIONS])})`;
/** `délégué syndical CGT`, `représentante syndicale SUD`. */
const SYNDICAL = `(?:${termAlternation(SYNDICAL_ROLES)})(?: (?:${termAlternation(UNIONS)}))?`;
/** A union's name alone, taken only as a cell of a column of unions (`ARRIBE Sandrine<TAB>CGT<TAB>50 %`). */
const UNION_CELL = '(?:CGT|CFDT|FO|CFE-CGC|CFTC|UNSA|SUD|FSU)';
const UNION_CELL_VALUE = new RegExp(`^${UNION_CELL}$`);
const UNION_COLUMN = /syndic|organisation|union|liste/;
/** The last word of a union's full name, before its acronym in brackets (`Force ouvrière (FO)`). */
const UNION_NAME_END = /(?:travail|ouvriere|cadres|solidaires|unitaire|autonomes|chretiens|syndicale|syndicats) \($/;
/** `représentant du personnel CGT`: elected staff, a member only with the union named. */
const STAFF_REPRESENTATIVE = `(?:${termAlternation(['representant~ du personnel', 'elu~ du personnel'])}) (?:${termAlternation(UNIONS)})`;

const TERMS = phraseList(
  // Religion and beliefs
  'religion|croyant~|athee*|agnostique*|catholique*|protestant~|evangelique*|musulman~|juif*|juive*|judaisme',
  'bouddhiste*|hindou~|hindouiste*|sikh*|temoin* de jehovah|mormon~|scientologue*|franc-macon*|franc-maconne*',
  'loge maconnique|porte le voile|porte un voile|porter le voile|mon voile|son voile|voilee*|kippa|ramadan|jeune religieux',
  "pratique religieuse|pratiquant~ musulman~|converti~ a l'islam|de confession musulmane|de confession juive",
  // Practising, said of someone without the religion's name (`elle est très pratiquante`)
  'tres pratiquant~',
  'de confession catholique|de confession protestante|convictions religieuses|convictions philosophiques|ecole coranique',
  'fait le ramadan|shour|iftar|a la messe|catechisme',
  'raison* religieuse*|motif* religieux|appartenance religieuse|opinions religieuses|mosquee|synagogue|imam|rabbin',
  'eglise evangelique|eglise adventiste',
  'aumonier|halal|casher|kasher|faire ses prieres|faire sa priere|foulard islamique|porte un foulard',
  "chiite*|l'aid|recevoir la communion|obseques religieuses|hindu|adventist~",
  // Religious holidays given as a leave's reason, and practices at work (`congé pour Yom Kippour`, `fait sa prière`)
  "aid el-fitr|aid el-kebir|aid el-adha|aid al-fitr|aid al-adha|pessah|pessa'h|roch hachana|yom kippour|shabbat",
  "paques orthodoxes|la priere|sa priere|priere du vendredi|crucifix|sa foi|s'est converti~|salle du royaume",
  'sa communion|ma communion|premiere communion|turban',
  // Political opinions
  'opinion* politique*|engagement politique|appartenance politique|militant~ politique*|militant~ communiste*|radicalisation|extreme droite',
  'extreme gauche|gilet* jaune*|radicalise~|membre du parti|adherent~ du parti|adherent~ de votre parti|militant~ ecologiste*',
  // Radicalisation and sectarian hold, as the prefecture's unit and social workers report them
  'djihadiste*|jihadiste*|pro-djihadiste*|salafiste*|salafisme|preche*|hijra|abaya|frequente~ une salle de priere|tres pieux|tres pieuse',
  "conversion recente|guide spirituel|derive* sectaire*|caractere sectaire|emprise sectaire|groupe sectaire|mouvement sectaire",
  "adepte* d'un mouvement|adepte* d'un groupe|adepte* d'une secte|ultradroite|ultra-droite|ultragauche|ultra-gauche|nationaliste*",
  'croix gammee*|groupuscule* identitaire*|mouvance identitaire|far-right|right-wing|extreme right',
  'adherent~ de notre parti|adherent~ de son parti|membre de votre parti',
  // Trade-union membership
  'syndique~|carte syndicale|appartenance syndicale|engagement syndical|mandat syndical|activite syndicale|greviste*|decharge syndicale',
  'a fait greve|ont fait greve|fais greve|fait greve',
  // Sex life and sexual orientation
  'orientation sexuelle|homosexuel~|homosexualite|gay|gays|lesbienne*|bisexuel~|bisexualite|lgbt|lgbtq|lgbtqia|lgbti',
  'transgenre*|transsexuel~|non-binaire*|identite de genre|transition de genre|vie sexuelle|relations sexuelles|rapports sexuels',
  "couple de femmes|couple d'hommes|couple* de meme sexe|homoparental~|gender transition|dna test",
  // Gender identity in case notes and HR files (`un garçon trans`, `modification de la mention du sexe`).
  // Not `homophobe`: writers label the victim's orientation, not the author's words (8 unlabelled in the sets).
  'garcon trans|fille trans|femme trans|homme trans|jeune trans|personne* trans|ado trans|transition sociale',
  'transition medicale|mention du sexe|mention de son sexe|mention de mon sexe',
  // Not `en transition` (`je suis en transition professionnelle`, `l'exploitation est en transition vers le bio`).
  'transidentite*|est trans|suis trans|mec trans|surement trans',
  'partenaire* sexuel*|prostitution|prostitue~|prostitutionnel*|prostitutionnelle*|michetonnage|travail du sexe|IST|MST|conjoint de meme sexe|coming out|coming-out',
  'homosexual|lesbian|homophobie|rapport* non protege*|nouveau partenaire|plusieurs partenaires|carre confessionnel|bapteme|catechese',
  // Racial or ethnic origin; asylum and residence statuses that reveal it
  'origine ethnique|origines ethniques|ethnie*|couleur de peau|metisse*',
  ...ORIGINS.map((o) => `origine* ${o}*`),
  "issu~ de l'immigration|gitan~|tsigane*|tzigane*|manouche*|yeniche*|gens du voyage|communaute rom|famille rom",
  "sans papiers|sans-papiers|en situation irreguliere|demandeur* d'asile|demandeuse* d'asile|refugie~",
  "statut de refugie|OQTF|titre* de sejour|carte de sejour|autorisation* provisoire* de sejour|demande d'asile|hazara*|tchetchene*",
  "protection subsidiaire|protection temporaire|deboute~ du droit d'asile|deboute~ de sa demande d'asile|deboute~ de l'asile",
  'refugee status|recognised as a refugee|recognized as a refugee|asylum seeker*',
  // Genetic and biometric data
  'test* genetique*|analyse* genetique*|maladie* genetique*|maladie* hereditaire*|predisposition genetique|conseil genetique|trait drepanocytaire|ADN',
  // Genetic conditions too, as the labelling rules list them (`trisomie 21`, `mucoviscidose`).
  'trisomie|trisomie 21|T21|down syndrome|trisomique*|mucoviscidose|caryotype|sequencage du genome|mutation BRCA|empreinte* digitale*|empreinte vocale|reconnaissance faciale',
  'donnees biometriques|gabarit biometrique',
  // A genetic test or its result said of someone (`test présymptomatique`, `typage HLA`, `42 répétitions CAG`).
  'test* presymptomatique*|consultation* de genetique|consultation* genetique*|typage HLA|HLA-identique*|HLA-compatible*|repetitions CAG',
);

/** Topic contexts: policy, law, neutrality rules, heritage, music (`jazz manouche`) (folded, anchored at the end). */
const TOPIC_BEFORE = topicBefore(phraseList(
  'politique|schema|aire|aires|jazz|accueil des|terrain des|terrains des|loi|reglement|regle|charte|principe',
  'neutralite|laicite|liberte|histoire|patrimoine|eglise|restauration|fete|fetes|calendrier|menu|menus',
  "cantine|rayon|produits|viande|boucherie|cours|formation|sensibilisation|lutte contre l'",
  "lutte contre la|prevention de la|journee|mois|semaine|observatoire|statistiques?|nombre de|nombre d'",
  'part des|place des|protection des|taux de',
));
const OTHER_SENSE_AFTER = /^(?: (?:mixte|intercommunal|des eaux|de copropriete|d'energie|departemental d'energie)|(?:e|s)? (?:de la foi|du parti pris))/;

/** A buckled wheel or sheet (`jante voilée`, `jante avant droite voilée`). */
const BUCKLED_WHEEL_BEFORE = /(?:jante|jantes|roue|roues|disque|disques|tole|cadre|planche|porte)(?: (?:avant|arriere|droite|gauche)){0,2}(?: (?:est|sont|etait|a ete|ont ete))? $/;

/** Words near `ADN` that make it a genetic test. */
const DNA_TEST_NEIGHBOURS = /(?:test|analyse|prelevement|profil|empreinte|genetique|paternite)/;

export default defineCategory({
  id: 'special-category',
  type: 'SPECIAL_CATEGORY',
  pattern: termPattern(TERMS, [MEMBERSHIP, SYNDICAL, STAFF_REPRESENTATIVE, UNION_CELL]),
  keywords: phraseList('est|porte|pratique|adherent|membre|appartient|milite|vote'),
  contextBoost: 0.05,
  validate: (value, context) => {
    const { text, folded, start, end } = context;
    if (afterGap(folded, start) && testBefore(folded, start, TOPIC_BEFORE, 45)) return false;
    if (testAfter(folded, end, OTHER_SENSE_AFTER, 30)) return false;
    const word = folded.slice(start, end);
    // A buckled wheel (`jante voilée`, `roue voilée`), not a veil.
    if (word.startsWith('voile') && testBefore(folded, start, BUCKLED_WHEEL_BEFORE, 24)) return false;
    if (UNION_CELL_VALUE.test(value)) {
      // After a person's name, in brackets (`Mme Nadia HAMMOUCHE (CGT)`): not after a union's own name.
      if (codeAt(text, end) === 41 && testBefore(text, start, /\p{Lu}[\p{L}'-]+ \($/u, 32) && !testBefore(folded, start, UNION_NAME_END, 14)) return true;
      return testBefore(text, start, /(?:^|[\t;|\n]) ?$/, 2) && testAfter(text, end, /^ ?(?:[\t;|\n]|$)/, 2) && UNION_COLUMN.test(columnHeader(folded, start) ?? '');
    }
    // `gay` and `IST` are also English words and a school acronym: keep them with a person nearby only
    // (the anchor rule) and not in English running text (`the gay rights movement`).
    if ((word === 'gay' || word === 'gays') && testBefore(folded, start, /(?:^|[^a-z])(?:the|and|of|rights) $/, 8)) return false;
    // `IST` beside the child-protection measures is a ban on leaving the country, which social-case reads.
    if (value === 'IST' && testAround(folded, start, end, TERRITORY_BAN_NEIGHBOURS, 40, 30)) return false;
    if (value === 'ADN' && !testAround(folded, start, end, DNA_TEST_NEIGHBOURS, 50, 50)) return false;
    return true;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Mme Roussel emmène Tom à la messe chaque dimanche',
    'M. Benali fait le ramadan cette année',
    "M. Bah a été scolarisé à l'école coranique",
    'Je suis pratiquante hindoue et je participe au Cavadee du temple',
    'PIERRE-LOUIS Alex;Routes Basse-Terre;adhérent CGTG',
    'Mme Benali demande des repas halal pour son fils pendant le séjour',
    "on nous traite comme ça parce que nous sommes d'origine mahoraise",
    'Mme Kovalenko, bénéficiaire de la protection temporaire depuis 2022',
    "M. Pujol, 22 ans, militant d'ultradroite connu de la gendarmerie",
    'M. Simonin refuse mes jours de congé pour Yom Kippour',
    "Noah BERTIN nous a dit lundi qu'il est un garçon trans",
    'M. Jean Roques, responsable local de la Confédération paysanne, conteste le rejet',
    'Mme Amrani porte le voile au travail',
    'Mme Gomez signale un rapport non protégé samedi',
    'M. Delpech, délégué syndical CGT, conteste la mutation',
    'Agent\tOrganisation\tQuotité\nARRIBE Sandrine\tCGT\t50 %',
    "Je suis homosexuel et mon conjoint vient d'être muté",
    'Elle est demandeuse d\'asile depuis 2024',
    'M. Costes est syndiqué à FO',
    'Le représentant du personnel CGT, M. Laurent Puech, a demandé un rendez-vous',
    'M. X précise être lui-même adhérent FO',
    'Mme X, militante écologiste, nous écrit',
    "L'enfant a demandé un endroit calme pour faire ses prières",
    'Représentants du personnel : Mme Nadia HAMMOUCHE (CGT)',
    'Mme Coralie DUMAS (élue titulaire, liste FO)',
    'liste;rang;candidat\nCGT;1;Mme Isabelle MARTIN',
    'M. Zitouni a été visé pour ses origines algériennes',
  ],
  noMatch: [
    'M. Roux : jante avant droite voilée et pneu éclaté, 412 € de réparation',
    'Samedi à 20h30, Mme Ferrand et son trio jouent du jazz manouche sous la halle',
    'M. Hamel : les deux pneus ont éclaté et la jante avant est voilée',
    'Réunion avec la FNSEA et la Confédération paysanne sur le programme de haies',
    'Le syndicat mixte des transports tiendra son comité le 12 mars',
    'M. X : pneu avant droit éclaté, jante voilée',
    "M. X : j'ai explosé le pneu avant droit et la jante est voilée",
    "Rédige une note sur l'accueil des gens du voyage dans le schéma départemental",
    "La restauration de l'église Saint-Pierre commence en mai",
    "Quelle est la règle de neutralité religieuse pour les agents ?",
    'La RN 88 est fermée entre Rodez et Baraqueville',
    'Le représentant du personnel a demandé un rendez-vous',
    'La Confédération générale du travail (CGT) et Force Ouvrière (FO) appellent à manifester',
  ],
};
