import { defineCategory } from './_define-category';
import { afterGap, afterOwnName, fieldName, JOB_BEFORE_TERM, STATISTIC_COUNT_BEFORE, TERRITORY_BAN_NEIGHBOURS, termPattern, topicBefore } from './_terms';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { testAfter, testAround, testBefore, textBefore } from '../../text-window';
import { codeAt } from '../../char-codes';

/**
 * Social-case data of a département's files (shared/reference/detectors.md §9.5): child protection
 * (placement, famille d'accueil, OPP, information préoccupante, CRIP, AEMO, contrat jeune majeur,
 * MNA), insertion and social aid (RSA, FSL, aide financière, surendettement, expulsion locative,
 * hébergement d'urgence), autonomy (APA, EHPAD, aide sociale à l'hébergement, obligés
 * alimentaires) and legal protection (tutelle, curatelle, sauvegarde de justice, MJPM).
 *
 * Person-anchored: "le budget de l'APA augmente" or "explique le rôle de l'ASE" is a topic; "Mme X
 * bénéficie de l'APA" or "l'enfant est confié à l'ASE" is a person's file. The bare acronym `ASE`
 * is not a term (it names the service: `le service ASE recrute`); `confié à l'ASE`, `placé à
 * l'ASE`, `dossier ASE` are. Narrowed senses: `placement` only as child placement (not
 * `placement de trésorerie`), `tutelle` not as `autorité de tutelle`, `signalement` not of a road
 * incident. Disability benefits (PCH, AAH, MDPH) are HEALTH (health.ts).
 *
 * Source: shared/reference/detectors.md §9.1, §9.2, §9.5. Examples are fictitious.
 */

const TERMS = phraseList(
  // Child protection (ASE, CRIP, PMI). The bare `ASE` is kept: the anchor rule separates "le rôle
  // de l'ASE" (topic) from "l'enfant, connu de l'ASE" (person).
  "ase|aide sociale a l'enfance|aide sociale|confie~ a l'ase|confie~ a l'aide sociale a l'enfance|place~ a l'ase",
  "suivi~ par l'ase|accueilli~ par l'ase|pris~ en charge par l'ase|connu~ de l'ase|connu~ des services de l'ase|dossier ase|mesure ase",
  'suivi~ par la pmi|suivi~ en pmi|suivi~ par la protection maternelle et infantile|consultation* de pmi',
  // The PMI as someone's appointment or orientation; alone it is often a service's name (`médecin de PMI`).
  'rendez-vous pmi|rendez vous pmi|rdv pmi|rendez-vous de pmi|rdv de pmi|vers la pmi|avec la pmi|visite* de la pmi',
  "enfant* confie~|enfant* place~|famille d'accueil|familles d'accueil",
  "place~ en famille d'accueil|place~ dans une famille|placement en famille d'accueil|placement familial|placement a l'ase",
  "place~ chez l'assistante familiale|place~ chez une assistante familiale|place~ chez l'assistant familial",
  'place~ chez un assistant familial|place~ chez ses grands-parents|confie~ a une assistante familiale',
  "confie~ a un assistant familial|confie~ a l'assistante familiale|accueilli~ en mecs|accueilli~ en foyer",
  'renouvellement du placement|renouvelle~ le placement|placement de son fils|placement de sa fille|placement de ses enfants',
  "placement de mon fils|placement de ma fille|placement de mes enfants|placement de l'enfant|placement du jeune",
  'placement en foyer|placement en mecs|placement judiciaire|placement provisoire|placement administratif',
  "mesure de placement|accueil en lieu de vie|frais de placement|confie~ au departement|confie~ au service de l'aide sociale a l'enfance|confie~ au service de l'ase|confie~ aux services de l'ase|confie~ aux services de l'aide sociale a l'enfance",
  'saisir le parquet|saisi~ le parquet|saisine du parquet|accouche~ sous X|accoucher sous X|ne~ sous X|parcours social',
  "place~ en foyer|place~ au foyer|place~ en mecs|place~ en pouponniere|place~ en lieu de vie|foyer de l'enfance|mecs|pouponniere",
  'tiers digne* de confiance|OPP|ordonnance de placement provisoire|juge des enfants|assistance educative|aemo',
  "interdiction de sortie du territoire|mesure d'aemo|AED|AESF|mjie|information* preoccupante*|info* preoccupante*|information* preocupante*|crip|signalement|saisine du procureur|enfant en danger",
  'en risque de danger|maltraitance*|maltraite~|carence* educative*|negligence* educative*|violences intrafamiliales',
  // Sexual and domestic violence are offences (detectors.md §9.4): judicial.ts reads them.
  'violence intrafamiliale|inceste|violences physiques',
  'violences psychologiques|violences educatives|attouchements|abus sexuel*|enfant* battu*',
  "femme* battue*|projet pour l'enfant|PPE|contrat jeune majeur|APJM|CJM|en CEJ|allocation CEJ|alloc CEJ|mineur~ non accompagne~|mna",
  "evaluation de minorite|minorite reconnue|minorite non reconnue|delegation d'autorite parentale|retrait de l'autorite parentale|retrait total de l'autorite parentale|retrait partiel de l'autorite parentale|delaissement parental",
  // A young adult's allowance, an emergency placement, a forced marriage, an RSA cut in part, an IP under way
  "allocation jeune majeur|placement en urgence|mariee de force|marie de force|impayes de redevance|suspension partielle|IP en cours",
  "pupille|pupille de l'etat|dossier de pupille de l'etat|accouchement sous X|droit de visite mediatise|droits de visite mediatises|visite mediatisee",
  "visites mediatisees|visite* en presence d'un tiers|TISF|placed in a foster family|foster family|foster care",
  'taken into care|unaccompanied minor*|supervised visit*|care order|supervision order|child protection plan',
  'care plan|home-care plan|care package|placement history|in the care of|rent arrears',
  // Not `eviction` alone: folded, it is also the `indemnité d'éviction` of a commercial lease.
  'eviction procedure|eviction notice|eviction order|evicted|recovery from her estate|recovery from his estate|homeless',
  "aide d'urgence|a la rue",
  'looked after child|kinship placement|kinship care|neglect|neglected|special guardianship',
  // Placement and its court orders, adoption and the search for origins
  "accueil provisoire|accueil administratif|lieu de vie et d'accueil|au lieu de vie|place~ chez|maintien du placement|ordonne le placement",
  'placement ordonne|ordonnons le placement|ordonne son placement|placement des mineurs|placement du mineur|placement des enfants',
  'mainlevee du placement|mainlevee de placement|fin du placement|ete adopte~|enfant* adopte~|adoption pleniere',
  "adoption simple|mon adoption|son adoption|recherche des origines|negligence*",
  "agrement en vue d'adoption|agrement adoption|projet d'adoption|place~ en vue d'adoption|placement en vue d'adoption",
  "requete en adoption|jugement d'adoption|candidature a l'adoption|prime a l'adoption|conge d'adoption|suivi post-adoptif|suivi post-adoption|ne~ sous le secret|accouche~ sous le secret|sous le secret|accoucher sous le secret",
  "accouchement sous le secret|dossier de pupille|dossier pupille|confie~ chez|place~ a votre domicile|i was adopted",
  // `ancienne pupille de l'etat` beside `ancienne pupille`: the shorter match, followed by `de l'État`,
  // is refused as another sense (OTHER_SENSE_AFTER), and the trie cannot fall back to `pupille de l'etat`.
  "adoption file|adoptee*|ward of the state|ancienne pupille|ancienne pupille de l'etat",
  "danger au sens de l'article 375|mesure judiciaire d'investigation educative|jugement de tutelle|tutelle deferee",
  // Housing of asylum seekers (`arrivée au CADA`; `la CADA` is the commission on administrative documents).
  "CADA|HUDA|l'ADA|carte ADA|allocation pour demandeur* d'asile",
  // The MDPH's evaluation and compensation plan (§9.5 of the reference)
  'GEVA|GEVA-Sco|plan personnalise de compensation',
  // Insertion and social aid
  "suivi pmi|suivi par la pmi|plan d'aide apa|revision du plan d'aide|plan d'aide",
  'rsa|rsa majore|rsa socle|beneficiaire~ du rsa|allocataire~ du rsa|percoit le rsa|touche le rsa|suspension du rsa',
  // Overpayments, and fraud in a benefit's file (not `fraude` alone: the scams agents are victims of, `lutte contre la fraude`).
  'indu*|fraude au rsa|fraude aux prestations|fraude aux allocations|fraude sociale|fraude presumee|suspicion de fraude',
  'qualification de fraude|faits de fraude|remise de dette*|notification de dette',
  // Someone's debts (`ses dettes`, `a des dettes`, `dettes de jeu`; `dettes` alone below), not debt as a topic (`prévenir les dettes`).
  'ses dettes|mes dettes|sa dette|ma dette|leurs dettes|a des dettes|ont des dettes|avait des dettes|a une dette|dette* de jeu|dette* de jeux',
  // The emergency line as someone's route to a bed (`via le 115`, `connu du 115`; not `le 115 rue…`)
  'via le 115|par le 115|appel au 115|appele~ le 115|appeler le 115|rappele~ le 115|connu~ du 115|refuse~ le 115',
  'pension de famille|centre maternel|centre parental',
  "radiation du rsa|brsa|CER|contrat d'engagement reciproque|contrat d'engagements reciproques|contrat d'engagement|fsl|FAJ|aide* financiere*|secours d'urgence",
  'surendettement|dossier de surendettement|expulsion*|expulsion* locative*|expulse~|situation de surendettement|surendette~',
  // Not `commandement de quitter les lieux`, a bailiff's act most writers leave to the eviction it serves.
  'assignation en resiliation de bail|concours de la force publique',
  "hotel 115|hotel du 115|fonds d'aide aux jeunes|procedure d'expulsion|ccapex|impaye~ de loyer|impayes de loyers|dette* de loyer|SIAO",
  "hebergement d'urgence|chrs|sans domicile|sans logement|sans domicile fixe|SDF|sans-abri|mise a l'abri|mis~ a l'abri|heberge~ a l'hotel|place~ a l'hotel|sans hebergement",
  "aide educative a domicile|son referent RSA|sa referente RSA|son referent unique",
  "aide fsl|aides fsl|dossier fsl|demande fsl|dettes edf|dette edf|dette* d'energie|impaye~ d'energie|dette* de gaz|dette* d'electricite|dette* d'eau|impaye~ d'electricite|impaye~ d'eau|impaye~ de gaz|dette* loyer|dette* energie|dette* de cantine|dette* de telephone|impaye~ de cantine",
  'aides au logement|minima sociaux|revenu de solidarite active|orientation sociale|reorientation sociale',
  "inscrit~ a l'ep|convoque~ a l'ep|passage en ep|passage en equipe pluridisciplinaire",
  'convoque~ en equipe pluridisciplinaire|aide* alimentaire*|colis alimentaire*|sans domicile stable|domiciliation',
  "en domiciliation|domicilie~ chez nous|domicilie~ au ccas|domicilie~ a la mds|domicilie~ a l'association|personnes domiciliees|domicilie~ administrativement",
  'attestation de domiciliation|dossier de domiciliation|squat*|squatte~|pmi a domicile',
  "election de domicile|dette* locative*|loyer* impaye~|impaye~ de loyer*|loyers et charges impayes|arriere* de loyer*|saisine ccapex",
  "saisine de la ccapex|dossier banque de france|procedure de retablissement personnel|fsl energie",
  // Someone's over-indebtedness file and its outcomes (`dossier BDF`, `plan conventionnel`, `PRP`, a listing in the
  // FICP); not `rétablissement personnel` nor `mesures imposées`, as often the steps a letter explains or proposes.
  'dossier bdf|depot bdf|plan conventionnel|plan conventionnel de redressement|inscrit~ au ficp|fiche~ au ficp|fichage ficp|PRP',
  "fsl acces|fsl maintien|etablissement d'hebergement pour personnes agees dependantes",
  // Autonomy
  "apa|apa a domicile|apa en etablissement|allocation personnalisee d'autonomie|aide sociale a l'hebergement|ASH|beneficiaire~ de l'ash",
  "beneficiaire~ de l'apa|oblige~ alimentaire*|obligation alimentaire|recuperation sur succession|ehpad",
  'residence autonomie|SAAD|maison de retraite|nursing home|recuperation sur la succession|recuperable sur la succession',
  // Across the borders: a Belgian care home, the Belgian minimum income (`revenu d'intégration`, `leefloon`), German care allowance.
  "maison de repos|maison de repos et de soins|revenu d'integration|revenu d'integration sociale|leefloon|pflegegeld",
  // Payments: a payment file's wording (`SECOURS URGENCE ENERGIE`), the contribution to a care home, unpaid rent
  'participation ASH|secours urgence|impaye~ loyer*',
  // A staff member's aid and debts (the employer's social service)
  'secours exceptionnel*|pret* social*|saisie* sur salaire|saisie* sur remuneration|saisie* des remunerations|saisie remuneration',
  // Separated families (mediated visits); emergency shelter or placement; destitution (`dépourvu de ressources`)
  'espace rencontre|espace de rencontre|heberge~ en urgence|place~ en urgence|depourvu~ de ressources',
  // Leaving prostitution: its aid (AFIS, aide financière à l'insertion sociale) and safe housing.
  "AFIS|appartement* relais|hebergement securise|appartement securise|placement a l'hotel",
  // The last steps of an eviction, the housing fund's aids, the right to housing
  'assignation en resiliation|DALO',
  'mesure de tutelle|saisine parquet',
  // Legal protection of adults, and the social measure before it (MASP, mesure d'accompagnement social personnalisé)
  'mesure de protection|mesure de protection juridique|tutelle|sous tutelle|curatelle|curatelle renforcee',
  'curatelle simple|sous curatelle|sous curatelle renforcee|sous curatelle simple|sous sauvegarde de justice',
  'sauvegarde de justice|habilitation familiale|mjpm|masp|mjagbf',
  // Social-work documents about a person
  // Documents by kind (`évaluation sociale`, `note sociale`, `visite à domicile`) name the agent's work,
  // not the person's situation, as most writers read them; `VAD` too (in the sets, 4 labelled, 15 not).
  'enquete sociale|accompagnement social|connu~ des services sociaux',
);

/** Topic contexts right before a term (folded, anchored at the end of the slice). */
/** The value of a field that states its situation (folded): an amount or a count, a person, a yes. */
const FACT_AFTER_COLON = /^ {0,2}: {0,2}(?:\r?\n[ \t]*(?:[-•*] )?)?(?:\d|(?:son|sa|ses|leur|leurs|oui|yes|un|une|deux|trois|m\.|mme|monsieur|madame|fils|filles?|enfants?|frere|soeur|pere|mere|epoux|epouse)(?![a-z]))/;
const TOPIC_BEFORE = topicBefore([
  ...phraseList(
    'politique|schema|reglement|reglement departemental|reglement interieur|madame la|monsieur le|educateur|educatrice',
    'dotation|budget|enveloppe|depenses?|credits?|service|services|direction|pole|referents?|referentes?',
    'inspecteur|inspectrice|commission|dispositif|reforme|loi|decret|circulaire|article|taux|montant',
    'bareme|statistiques?|nombre|evolution|chef|cheffe|responsable|agent|agents|agente|equipe|plateforme|numero|gestionnaire',
    'instructeur|instructrice|evaluateur|evaluatrice|controleur|controleuse|controle|cellule|observatoire|conference|filiere|secteur|marche|appel a projets?|autorite|organisme|ministere',
    'administration|autorites|autorite de|collectivite de|coordinatrice|coordinateur|cabinet|en matiere|prevention',
    // A form's name is a kind of document (`formulaire de domiciliation`, `cerfa de demande d'AAH`).
    'formulaire|formulaire de|cerfa|cerfa de|trame|fiche de transmission|contact',
    // An establishment's prices (`Tarif hébergement de l'EHPAD Marie-Curie : 68,40 € / jour`).
    'tarif|tarifs|tarif hebergement|tarif journalier|tarif dependance|prix de journee|cellule de recueil',
    // A social worker's service (`travailleuse sociale ASE – MDS de Langres`), software (`logiciel de gestion de l'aide sociale`).
    'travailleur social|travailleuse sociale|assistant social|assistante sociale|logiciel|logiciel de gestion|progiciel',
  ),
  // Not `faisant état de`.
  '(?<!(?:faisant|fait|font|faire) )etat de',
]);
/**
 * Where someone trains, works or is hired is no situation of theirs (`BTS SP3S, stage en EHPAD de
 * janvier à mars`, `instructrice à l'aide sociale`, `aide-soignante en EHPAD`, `intérimaire sur
 * l'EHPAD`, `expérience de 6 ans en EHPAD`, a replacement `pool EHPAD`). Ends with a space or an
 * apostrophe, as afterGap expects.
 */
const WORKPLACE_BEFORE = /(?:^|[^a-z])(?:(?:stages?|travaille|embauche|aide-soignante|instructeur|instructrice|interimaire|experience(?: de \d{1,2} ans)?) (?:en |au |aux |a la |a l'|sur l'|sur le |sur la |dans (?:un |une |le |la |l'|les )?)|pool )$/;
/** A staff member's job, then the establishment's acronym, as signatures give them (`directrice, EHPAD Saint-Joseph`, `Directeur — MECS Les Chênes`). Ends with a space, as afterGap expects. */
const STAFF_BEFORE = /(?:directeur|directrice|cadre de sante|aide-soignante?|infirmiere?|idec|educateur|educatrice|chef de service|psychologue|medecin coordonnateur)(?:,| [-–—]) $/;
/** A service coordinated or a referent's, before its name (`coordo SAAD secteur nord`, `responsable du CADA`, `réf CHRS : Olivier`, `Laure Chambon, infirmière APA`, `conseillère technique CRIP`). Ends with a space or an apostrophe, as afterGap expects. */
const COORDINATOR_BEFORE = /(?:coordo|coordinatrice|coordinateur|responsable|ref|referent|referente|infirmiere|evaluatrice|evaluateur|conseill(?:er|ere) technique|chargee? de mission) (?:du |de |d'|des |a la |au )?$/;
/** A job held, before the acronyms that are jobs too (`mi-temps en EHPAD comme ASH`, `poste d'AED`, `je suis AED de nuit`). */
const JOB_BEFORE = /(?:comme|en tant qu'|poste d'|poste de|je suis) $/;
/** Other senses right after a term. */
const OTHER_SENSE_AFTER = /^(?: (?:professionnel|de l'instruction|medical|de la defense|de tresorerie|financiers?(?!e)|des invites|des fonds|bancaire|du siege|de la societe|de l'entreprise|des factures|des paiements|professionnelle|fautive|du prestataire|d'un incident|de la chaussee|d'incident|de panne|d'anomalie|d'un nid|de voirie|des eaux|administrative de l'etat|de l'etat|de la nation|du ministere|du prefet|financiere sur)|(?:s)? (?:sous l'autorite))/;

/** Words near a domiciliation that make it a bank account's (its branch). */
const BANK_DOMICILIATION = /(?:iban|rib|bic|bancaire|\d{5} \d{5})/;
/*
 * The neighbour words below are read inside longer words on purpose: `rsa` in `brsa` (bénéficiaire du
 * RSA) is the commonest neighbour of `CER`. Anchoring the short ones (`ase`, `apa`, `opp`, `rsa`) at a
 * word's start was measured on every set (2026-12-02): six true positives lost, one false one removed.
 */
/** Words near a domiciliation that make it a social one. */
const DOMICILIATION_NEIGHBOURS = /(?:ccas|cias|association|election de domicile|sans domicile|sdf|adresse postale|courrier|rsa)/;

/** Words near `CER` that make it the RSA contract. */
const CER_NEIGHBOURS = /(?:rsa|contrat|engagement|insertion|referent|signer|signe|suspend|respect|renouvel|pluridisciplinaire|rdv|absence|objectif|echu|echeance|allocataire)/;

/** Words near `signalement` that make it a child-protection report. */
const CHILD_PROTECTION_NEIGHBOURS = /(?:procureur|enfant|crip|danger|maltraitance|mineur|ase|preoccupante|119|juge|parquet|violence|famille|ecole|college|eleve)/;

/** Words near `AED`, `PPE`, `ASH`, `APL` that make them social aid. */
const SOCIAL_ACRONYM_NEIGHBOURS = /(?:enfant|parent|famille|mesure|aide|heberg|succession|alimentaire|creance|visite|domicile|logement|caf|ase|educati|protection|beneficiaire|ehpad|etablissement|referent|tisf|aemo|opp|college|ecole|notaire|apa|prestation|dossier|defunt)/;

/** `tutelle` as an authority's supervision of a body, before it (`sous la tutelle`, `autorité de tutelle`). */
const SUPERVISION_BEFORE = /(?:sous la|de|sa|leur|ministere de|autorite de) $/;

/** `tutelle` as an authority's supervision of a body, after it (`tutelle de l'État`). */
const SUPERVISION_AFTER = /^ (?:de l'etat|du ministere|administrative|financiere|du prefet|des collectivites)/;

/** Acronyms also read in lower case in a message typed without capitals (`place sur opp`, `dossier ash de mr faure`; see defineCategory). */
const ACRONYMS_TYPED_IN_LOWER_CASE = phraseList('opp|ash|cer|saad|sdf|tisf|apjm|cjm|dalo|cada|huda|faj|aed|ppe');

export default defineCategory({
  id: 'social-case',
  type: 'SOCIAL_CASE',
  acronymsTypedInLowerCase: ACRONYMS_TYPED_IN_LOWER_CASE,
  pattern: termPattern([...TERMS, ...ACRONYMS_TYPED_IN_LOWER_CASE], [
    // `IP` (information préoccupante) only as a report about someone: `IP du 11/03`, `une IP a été
    // transmise`, `IP en cours d'évaluation`, `Objet : IP – élève Enzo M.` (an address is `l'IP du serveur`, `adresse IP`).
    // `JE`, the juge des enfants of case notes (`note au JE`, `aud. JE`), not the pronoun of a text in capitals.
    'JE(?<=(?:au|du|le|aud\\.|audience|jugement|devant le|chez le) JE)(?![\\p{L}\\p{N}\'])',
    // A ban on leaving the country (see TERRITORY_BAN_NEIGHBOURS in validate).
    'IST(?![\\p{L}\\p{N}])',
    // A home visit to someone (`VAD chez Mme Roux`, `VAD PMI`); `VAD` alone names the agent's work as often (see above).
    '(?:VAD|vad)(?= (?:PMI|pmi|chez|[àa] domicile chez|au domicile de))',
    // `dettes` alone near someone (writers label it 251 times in 331), not none (`pas de dettes`, see validate); not before
    // the words of a longer term (`dettes de jeu`, `dettes locatives`), which the list's `dette*` would otherwise lose to it.
    "(?:[Dd]ettes|DETTES)(?! (?:de |d'|d’|loyers?|[ée]nergie|EDF|edf|locatives?))",
    // A child entrusted to a relative (`confiée à sa grand-mère`, `confiés à leur oncle`): kinship care.
    '[Cc]onfi[ée]e?s?(?= (?:[àa]|chez) (?:sa|son|ses|leur|leurs|notre|mon|ma|mes|la|le|les) (?:grands?|arri[èe]re|tante|oncle|cousine?|s(?:oe|œ)ur|fr[èe]re|parrain|marraine|demi|beaux?|belle)(?![\\p{L}]))',
    `IP(?= (?:[–-] )?(?:en cours d'[ée]valuation|transmise|a [ée]t[ée] transmise|re[çc]ue|du \\d{1,2}/\\d{1,2}|concernant|enfant|mineure?|[ée]l[èe]ve))`,
    // … and in case notes' shorthand, after a count or an article of reports and before what happens
    // to it (`1 IP en 2021`, `une IP à la CRIP`, `nouvelle IP ou absences`), or as what is evaluated
    // (`éval IP`, `rapport d'évaluation de l'IP`, `qualification : IP`); not `une IP fixe`.
    `IP(?<=(?:[Uu]ne|[Nn]ouvelle|[Aa]utre|[Pp]remi[èe]re|(?<![\\d/.,:])[1-9]|[ée]val\\.?|[ée]valuation de l'|[ée]val de l'|qualification ?:) ?IP)(?= (?:en (?:cours|\\d|janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)|[àa] (?:la CRIP|envisager|faire|r[ée]diger)|a [ée]t[ée]|ou |->|→|\\(|class[ée]e|faite|r[ée]dig[ée]e|transmise)|[),.;]|$)`,
  ]),
  keywords: phraseList('beneficie|percoit|touche|confie|confiee|place|placee|dossier|suivi|suivie'),
  validate: (value, context) => {
    const { text, folded, start, end } = context;
    const gap = afterGap(folded, start);
    if ((gap && (testBefore(folded, start, TOPIC_BEFORE, 50) || testBefore(folded, start, JOB_BEFORE_TERM, 40) || testBefore(folded, start, STATISTIC_COUNT_BEFORE, 30) || testBefore(folded, start, WORKPLACE_BEFORE, 24) || testBefore(folded, start, COORDINATOR_BEFORE, 24))) || (/^[A-Z]+$/.test(value) && ((gap && testBefore(folded, start, STAFF_BEFORE, 24)) || (/^(?:ASH|AED|TISF)$/.test(value) && (testBefore(folded, start, JOB_BEFORE, 16) || testAfter(folded, end, /^ interimaire/, 12)))))) return false;
    // A field name (`RSA : 3 dossiers`, `Mesure de protection : curatelle`) is not the data, unless
    // it names a situation in several words and its value states it: an amount, a person, a yes
    // (`Impayés de loyer : 2 340 €`, `Obligé alimentaire : son fils`).
    if (fieldName(folded, start, end) && !(value.includes(' ') && testAfter(folded, end, FACT_AFTER_COLON, 12))) return false;
    // `signalement` is a child-protection report only next to its vocabulary (not a road patrol's report).
    if (/^signalement/.test(folded.slice(start, end)) && !testAround(folded, start, end, CHILD_PROTECTION_NEIGHBOURS, 120, 120)) return false;
    if (testAfter(folded, end, OTHER_SENSE_AFTER, 40)) return false;
    // Debts said to be none (`pas de dettes`, `sans dettes connues`).
    if (folded.startsWith('dettes', start) && testBefore(folded, start, /(?:pas de|sans|aucune|ni) $/, 8)) return false;
    // A checklist's condition (`- si mesure de protection : copie du jugement`): whoever it may apply to.
    if (testBefore(folded, start, /(?:^|[\n(]|[-•*] )[ \t]*si $/, 12) && testAfter(folded, end, /^ ?:/, 3)) return false;
    const word = folded.slice(start, end);
    // A job's title opening a signature's line or column (`Laure ROQUES` ↵ `Mandataire judiciaire à la
    // protection des majeurs`). `puéricultrice de PMI` is no term at all: a profession, as writers read it.
    if (word.startsWith('mandataire') && testBefore(folded, start, /(?:^|[\n\t]| {3})[ \t]*(?:la |le )?$/, 7)) return false;
    // `sous la tutelle de l'État`, `tutelle administrative`: institutions, not people.
    if (/^tutelle/.test(word) && (testBefore(folded, start, SUPERVISION_BEFORE, 20) || testAfter(folded, end, SUPERVISION_AFTER))) return false;
    // `expulsion` of a foreigner from the country belongs to administrative law, still a person: kept.
    // `CER` is also a hotel/school acronym in some places; require a neighbour that says RSA or contract.
    // `des mecs` is slang for guys, not a children's home.
    if (word === 'mecs' && codeAt(value, 0) === 109 && testBefore(folded, start, /(?:des|les|ces|mes|ses|deux|trois) $/, 7)) return false;
    if (value === 'CER' && !testAround(folded, start, end, CER_NEIGHBOURS, 80, 60)) return false;
    if (value === 'IST' && !testAround(folded, start, end, TERRITORY_BAN_NEIGHBOURS, 40, 30)) return false;
    // Adapted physical activity (`activité physique adaptée (APA)`, `séances d'APA`), not the autonomy allowance.
    if (word === 'apa' && testBefore(folded, start, /(?:physique adaptee \(|seances? d')$/, 22)) return false;
    // A professional's function after their name (`Nadia Boukhris, mandataire judiciaire à la protection des majeurs`).
    if (/^(?:mandataire|juge des enfants|tisf)/.test(word) && afterOwnName(text, start)) return false;
    // `domiciliation` is a homeless person's postal address only next to its bodies (`demande la
    // domiciliation au CCAS`); a bank account's is its branch (`RIB … — domiciliation Rodez Bourran`).
    if (word === 'domiciliation') {
      if (!testAround(folded, start, end, DOMICILIATION_NEIGHBOURS, 120, 120) || testAround(folded, start, end, BANK_DOMICILIATION, 120, 120)) return false;
    }
    if (value === 'IP' && /(?:adresse|(?<!evaluation de |eval de )l')$/.test(textBefore(folded, start, 24).trimEnd())) return false;
    // A judge's function before her name signs an order (`La juge des enfants, Claire Fabre`).
    if (word === 'juge des enfants' && testAfter(text, end, /^,? [A-Z]/, 3) && testBefore(folded, start, /(?:^|\n)[ \t]*(?:la|le)? ?$/, 6)) return false;
    // A person housed there (`arrivée au CADA`), not its staff (`le médecin du CADA`, `la directrice du CADA`).
    if (value === 'CADA' && (!testBefore(folded, start, /(?:au|du|le|en|un) $/, 3) || testBefore(folded, start, /(?:medecin|infirmiere?|directeur|directrice|equipe|psychologue) du $/, 16))) return false;
    if ((value === 'AED' || value === 'PPE' || value === 'ASH' || value === 'APL') && !testAround(folded, start, end, SOCIAL_ACRONYM_NEIGHBOURS, 80, 60)) return false;
    return true;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Mme Gomes a été orientée par sa référente RSA.',
    "M. Dupont est domicilié administrativement à l'association Le Relais.",
    'Mme Roux est sous MJAGBF depuis mai',
    'LEROUX Patrick\tRDV CER\tM. NGATA',
    'M. Amrani est en MASP 2 depuis mai',
    'M. Diallo : son CER est arrivé à échéance le 31 mars',
    'Mme PHAM, décédée le 03/02 : ASH, rechercher le notaire',
    'M. Fouché était dépourvu de ressources suffisantes',
    'Lina M., 6 ans, placée en urgence chez ses grands-parents',
    'sa fille est chez nous depuis l opp du 12/01, bcp de coleres le soir',
    'Mme LAMBERT : ancienne pupille, RDV le 03/02',
    'Mme Aya BENSAÏD : le jeune frère est sans hébergement à la sortie',
    'M. Jordan Maury veut parler à son référent RSA',
    'Mme B. accepte une aide éducative à domicile',
    'M. et Mme Durand sont tiers dignes de confiance pour Léo.',
    'Mon fils Enzo est placé dans une famille depuis mon incarcération.',
    "Je voudrais consulter mon dossier de pupille de l'État.",
    'Mme Durand : suivi post-adoption de sa fille à 3 mois.',
    "Le jeune Kristjan GJOKA (hébergé à l'hôtel Bellevue) n'arrive plus à se connecter",
    "Mme Léa MOREAU, ancienne pupille de l'État, consulte son dossier",
    "Mme Vidal a décidé d'accoucher sous X en 1987",
    "Mme Bekele demande la traduction de son jugement d'adoption",
    'Succession de M. Yves LE GUEN (ASH versée de 2019 à 2025)',
    'Mme Germaine LEFEBVRE (91 ans), hébergée en maison de repos à Estaimpuis',
    'Obligés alimentaires :\n- fils : M. Jean-Marc LACOMBE, Toulouse',
    'Obligés alimentaires : deux fils, M. Alain FOISSAC et M. Michel FOISSAC',
    'Mme Carré : suspicion de maltraitance financière par un proche',
    "Mme Karima Benamar fait l'objet d'une saisie sur salaire depuis janvier",
    'M. Moussa Traoré : minorité reconnue le 03/01/2024',
    "M. Tom Lefort, accueilli par l'ASE depuis mars, arrive au collège",
    'Mme Moreau : créance récupérable sur la succession',
    'M. Joël Marchetti, connu du 115, dort sous une tente.',
    'M. Florin Caldararu vit dans un squat rue des Forges',
    'M. Nathan Brunet, en CEJ depuis novembre, ne vient plus',
    'Sa fille, Mme Martine Causse, obligée alimentaire, conteste le montant',
    'M. Yanis Ferhat ne pourra pas venir samedi à l\'espace rencontre',
    "M. Marcel Rey, domicilié à l'association Le Relais",
    'M. Karim Bouazza conteste l\'indu de 3 250 € notifié le 12/09.',
    "L'enfant est confié à l'ASE depuis 2021",
    'Son fils Dylan a un CJM depuis février',
    "Mme Ferhat a une dette de gaz de 742 € auprès de son fournisseur",
    'Mme Bertin : dette loyer 2 480 € chez le bailleur',
    "L'enfant a été confié au Département par le parquet",
    'Maëlys R., née le 21 juillet 2025 sous le secret à la maternité de Rodez',
    "L'enfant, placé en vue d'adoption en 1978, vit à Cahors",
    "L'enfant reste placé chez l'assistante familiale jusqu'à l'audience",
    "Je rappelle Mme X mardi et je l'oriente vers la PMI",
    'Mme X | 4 380 € | procédure d\'expulsion engagée le 03/10',
    'Mme X a saisi le parquet pour sa fille',
    'Mathis est confié à une assistante familiale, Mme X',
    'mme costes demande une aide fsl en urgence',
    "Le jeune est mis à l'abri à l'hôtel depuis le 7/11",
    'M. Benali, bénéficiaire du RSA, demande un rendez-vous',
    'Mme Durand est sous curatelle renforcée',
    "Elle est hébergée en CHRS depuis mars",
    "Cette famille fait l'objet d'une information préoccupante",
    "Mme Durand : l'école a fait une IP en nov",
    'M. Rémi Pons : note au JE avant audience 12/02',
    'Mme Lina Vidal, 6e collège Mauriac, AED depuis janvier',
    "Mme Sabrina W. (bébé non suivi) — qualification : IP -> éval à confier",
  ],
  noMatch: [
    'Mme Nadège Brugière et Mme Claire Fayolle (évaluatrices APA) ; Thomas LECLERCQ, Référent unique RSA.',
    'Intervenants : Romain DEBAISIEUX (TISF) le mardi, Mme Nadia Boukhris, mandataire judiciaire.',
    // Any parent of a child in care: a class of people, not someone.
    "Rédige une FAQ pour les parents dont l'enfant est confié à l'aide sociale à l'enfance.",
    // Where someone is hired to work, not where they live.
    "Elle a une promesse d'embauche en EHPAD comme agent de service.",
    // The policy's name in a job's title, not a household's eviction.
    'Rapporteur : Karim MESSAOUDI, chargé de mission prévention des expulsions — ccapex72@sarthe.example.fr',
    // A template's birth date is no one's; a rule about any youth.
    "Quiz sur la durée de l'accueil provisoire d'urgence (cinq jours). Ajoute un cas pratique fictif, un jeune né le [JJ/MM/AAAA].",
    "Tout jeune se présentant comme mineur privé de la protection de sa famille est mis à l'abri sans délai.",
    // Someone calls me (`m'appelle`), not someone named (`je m'appelle`).
    "Un collègue m'appelle pour signaler une situation d'enfant en danger : que faire ?",
    "[09:18] MDS Val-de-Loire : et si l'enfant est en danger ?\n[09:20] CRIP 41 : toujours à nous en premier, pour l'enfant",
    "Et si l'enfant est en danger immédiat ? Alors c'est un signalement direct au parquet.",
    'Quand le jeune arrive au foyer, on fait une évaluation de minorité.',
    'De : Ellande Duhalde\nÀ : Maialen Sallaberry ; CRIP\nObjet : point sur la situation de M. Etcheverry',
    'bsr, coordo saad secteur nord : l aide a dom de mme roux est decalee a 10h',
    'Hélène Marcou, conseillère technique CRIP, animera la session',
    'Bilan du trimestre de Mme Roux : 61 % de CER signés dans les délais',
    "Objet : notification de votre allocation personnalisée d'autonomie\n[Civilité] [NOM] [Prénom]",
    "Objet : décision relative à votre demande d'allocation personnalisée d'autonomie\nRéférence : «NUM_DOSSIER»",
    "CHECK-LIST — Instruction d'une demande de RSA\n☐ Formulaire signé par le demandeur\n☐ N° allocataire : ___________ ou dossier MSA : ___________",
    'elle fait un mi temps comme ash depuis mars, son enfant est en cp',
    'Sa fille fait un stage en EHPAD de janvier à mars',
    "Je suis instructrice à l'aide sociale, voici ma question",
    "Mme Durand : tarif hébergement de l'EHPAD Marie-Curie, 68,40 € / jour",
    "Jessica dit qu'elle sort avec des mecs plus âgés",
    'Mme X, conseillère technique, contact CRIP pour le secteur Est',
    'S:\\MDS-Nord\\ASE\\Evaluations\\2026\\Rapport_LAMBERT_Enzo.pdf',
    'Rédactrice : Aurélie Tessier, évaluatrice APA, a.tessier@example.org',
    'Nathalie Guérin\ndirectrice, EHPAD Saint-Joseph\nn.guerin@example.org',
    'Sophie Marchand (instructrice APA) vient de se connecter au portail',
    'M. Patrick Galtier : VAD 14/03, compte rendu à relire',
    "M. Martin rappelle que sont exclues les décisions de justice, notamment en matière d'assistance éducative",
    "Objet : votre demande d'aide au Fonds d'aide aux jeunes – dossier n° {{NUM_DOSSIER}}",
    "Explique les aides au permis qu'un apprenti peut cumuler : celles de la Région et celles du FAJ.",
    "Les informations sont échangées entre collègues sous le secret professionnel",
    "Explique le rôle de l'ASE",
    "Le budget de l'APA augmente de 3 %",
    'Optimiser le placement de la trésorerie du Département',
    'Mme X, médecin de PMI, présentera le bilan annuel',
    'Rédigé par Mme X, éducatrice ASE',
    "l'avocat qui défend Mme Sabine Thoraval, agente de l'ASE, au titre de la protection fonctionnelle",
    'Merci.\nLaure X\nMandataire judiciaire à la protection des majeurs',
    "Mme X présente le bilan : 214 informations préoccupantes reçues, 41 mesures d'AEMO ordonnées",
    "Le département est placé sous la tutelle de l'État pour ce dispositif",
    'Le nombre de bénéficiaires du RSA a baissé',
    'M. Dupont demande une IP fixe pour son poste',
    'Pièces : RIB du demandeur\n- si mesure de protection : copie du jugement',
    "Signalement d'un nid de poule sur la RD 12",
  ],
};
