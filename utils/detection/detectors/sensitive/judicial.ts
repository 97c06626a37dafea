import { defineCategory } from './_define-category';
import { termPattern } from './_terms';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { testAfter, testBefore } from '../../text-window';

/**
 * Criminal convictions and offences (RGPD art. 10): convictions and sentences, criminal record,
 * custody and detention, probation (SPIP, sursis, TIG, bracelet électronique), criminal procedure
 * (garde à vue, mis en examen, comparution immédiate), offences (vol, viol, stupéfiants, conduite
 * en état d'ivresse), driving-licence suspension.
 *
 * Person-anchored. Narrowed senses (§9.2): `condamné` not after `porte`/`accès`/`fenêtre`; `peine`
 * only as a sentence (`à peine` is an adverb); `vol` only as theft (`pour vol`, `vol en réunion`,
 * not `vol Paris-Nice`); `détenu` and `détention` only as imprisonment (`capital détenu par`,
 * `détention de titres`); `sursis` not as `sursis à statuer` (planning law).
 *
 * Source: shared/reference/detectors.md §9.1, §9.2, §9.4. Examples are fictitious.
 */

const TERMS = phraseList(
  'condamnation*|condamne~|casier judiciaire|extrait de casier judiciaire|antecedents judiciaires|peine de prison',
  "peine d'emprisonnement|peine privative de liberte|peines de prison|amenagement de peine|application des peines",
  "juge d'application des peines|JAP|prison|prison avec sursis|prison ferme|en prison|sortie de prison",
  'sorti~ de prison|emprisonnement|mandat de depot|quartier disciplinaire|liberation sous contrainte|EPM|incarceration|incarcere~|ecroue~|en detention|sortie de detention|sortant~ de detention',
  // Serving a sentence outside prison (`en placement extérieur`, `centre de semi-liberté`, a `PPSMJ`)
  'placement exterieur|semi-liberte|PPSMJ|interdiction de stade|interdiction judiciaire de stade',
  "sort de detention|sortir de detention|sortir de prison|detention provisoire|placement en detention|maison d'arret|centre penitentiaire",
  'centre de detention|spip|liberation conditionnelle|sursis probatoire|avec sursis|sous sursis|TIG',
  "travail d'interet general|bracelet electronique|controle judiciaire|mis~ en examen|mise en examen|garde a vue|GAV",
  "gardes a vue|defere~ au parquet|comparution immediate|comparution sur reconnaissance prealable de culpabilite|crpc|tribunal correctionnel|tribunal pour enfants|cour d'assises|delit*|crime*",
  'apologie du terrorisme|association de malfaiteurs|FSPRT|perquisition*|exercice illegal de la medecine|youth caution',
  'infraction* penale*|recidive*|fiche~ S|fijais|faijais|pjj|protection judiciaire de la jeunesse|stupefiants',
  'trafic de stupefiants|trafic de drogue|usage de stupefiants|viol|viols|agression* sexuelle*|atteinte* sexuelle*|violences sexuelles|audition filmee|defere~|vol de scooter|violences conjugales|violence conjugale',
  'injonction therapeutique|eviction du domicile|abandon de famille|injonction de soins|juge de l\'application des peines',
  // Release from prison and its traces (`levée d'écrou`, `libérable le 04/11`, `parloir`)
  "fin de peine|courte peine|liberable*|levee d'ecrou|parloir*|permis de visite|visites en detention|billet de sortie|surveillance electronique",
  'amende* penale*|indemnisation de la victime|mesure de reparation',
  // The court that tries rapes
  'cour criminelle|cour criminelle departementale',
  // Offences against a child or endangering others, and a case under way (`violences sur mineur`, `procédure pénale en cours`)
  "violences sur mineur*|mise en danger de la vie d'autrui|procedure penale en cours",
  // A minor's criminal measures and hearings (code de la justice pénale des mineurs)
  "reparation penale|MEJP|mesure educative judiciaire|mesure educative judiciaire provisoire|mise a l'epreuve educative|centre educatif renforce|centre educatif ferme|UEHC|audience de sanction|audience de culpabilite",
  // Thefts; then an offence's report and sentence (`procès-verbal d'infraction`, `ordonnance pénale`) and a parent's
  // offence (`non-représentation d'enfant`), on this line because the packed table came out smallest with them here;
  // `proces verbal` matches the hyphen too, and costs hundreds of bytes fewer than `proces-verbal` does.
  "vol d'un telephone|vol d'un portable|vol de telephone|vol de portable|vol de vehicule|vol de voiture|victime d'un vol|ordonnance penale|non-representation d'enfant*|proces verbal d'infraction",
  "auteur d'un vol|auteur du vol|vol en reunion|vol a l'etalage|vols a l'etalage|vol aggrave|vol avec violence|vols en reunion|violences volontaires",
  "conduite en etat d'ivresse|conduite en etat alcoolique|conduite sous l'emprise|delit de fuite",
  // Longer than health's `sous l'emprise de stupéfiants`, which the offence holds.
  "conduite sous l'emprise de stupefiants|conduite sous l'emprise de l'alcool|conduite sous l'emprise d'alcool",
  'suspension de permis|suspension du permis|retrait de permis|annulation du permis|plainte deposee contre',
  // A parent's or partner's time in prison as a family's situation (`depuis la détention du père`); not `détention` alone (of shares, of a permit)
  'detention du pere|detention de la mere|detention du conjoint|detention de son conjoint|detention de son compagnon|detention de son mari|detention du fils',
  'porte~ plainte contre|depose~ plainte|porte~ plainte|depot de plainte|deposer plainte|porter plainte|mis en cause|convicted|conviction|criminal record|jail|in custody|sorti~ de detention',
  "interpelle~|verbalise~|trafic de cannabis|trafic de cocaine|trafic d'heroine|prise illegale d'interets",
  'abus de biens sociaux|abus de confiance|corruption|detournement de fonds|escroquerie*|harcelement moral|harcelement sexuel',
  'enquete de gendarmerie|enquete de police|menace~ de mort|outrage*|rebellion|recel|cambriolage*|homicide*|meurtre*|assassinat*|tentative de meurtre',
  'proxenetisme|exhibition sexuelle|pedopornographie|images pedopornographiques|conduite sans permis|delit routier|audition libre|depot sauvage',
  'depots sauvages|convoque~ au commissariat|convoque~ a la gendarmerie|arrete~ par la police|fugue signalee',
  'convocation devant le delegue du procureur|convoque~ devant le delegue du procureur|rappel a la loi|probation|suspended sentence|permission de sortir',
  "sous l'empire d'un etat alcoolique|defaut de permis|travail dissimule|travaux forces|acquitte~|acquittement",
  "plainte* pour menace*|plainte pour harcelement|plainte pour violences|plainte pour vol|plainte pour diffamation",
  "plainte pour injure*|victime de violences|victime de coups|abus de faiblesse|victime d'une agression|victime d'agression|obligation de soins",
  // Traffic offences of a designated driver
  "franchissement d'un feu rouge|stationnement genant|defaut de ceinture|defaut de port de la ceinture|flashe~",
  "blessures involontaires|suspension administrative|amende* forfaitaire* majoree*|non-respect du stop|plainte penale*",
  'permis suspendu|permis annule|permis retire|probation officer|police caution|drink-driving|drink driving|driving ban',
  'enhanced dbs|dbs certificate|plainte a ete deposee',
  // Protection of victims of domestic violence, and the steps of their complaint
  // Not `main courante` alone: also a crisis cell's or a road control room's logbook.
  "ordonnance* de protection|telephone grave danger|TGD|bracelet anti-rapprochement|plainte deposee|fait une main courante",
  "qu'une main courante|main courante seulement|main courante au commissariat|main courante a la gendarmerie",
  // Offences against pupils and agents online
  "cyberharcelement|cyber-harcelement|victime de harcelement|victime de cyberharcelement|usurpation d'identite",
  "sa plainte|interdiction de contact|interdiction de paraitre|conduite d'un vehicule sans permis",
  // Driving offences of a designated driver (`GÉLY Sébastien | excès de vitesse < 20 km/h`).
  'exces de vitesse|franchissement de ligne continue|franchissement de feu rouge|telephone tenu en main|refus de priorite',
  // Offences against agents at work; exiles' routes and their exploitation (unaccompanied minors' files)
  "victime de discrimination|harassment|traite des etres humains|victime* de traite|victime* de la traite|victim of trafficking|travail force|usage de faux|selling drugs|ete detenu~|sa detention|ma detention|actuellement detenu~|enquete preliminaire|detenu~ depuis|suis detenu~",
  // Victims of online fraud, at the digital-inclusion desks; a file sent to the prosecutor
  "victime d'un piratage|victime d'une fraude|victime d'une arnaque|victime d'un phishing|connu~ de nos services|transmis au parquet",
  // A victim's part in a criminal case (`une information judiciaire`, `sa qualité de victime`, `son ancien proxénète`).
  // Not `partie civile`: mostly the Département's own (`le Département s'est constitué partie civile`, 17 unlabelled of 21).
  "information judiciaire|qualite de victime|proxenete*|victime* d'exploitation sexuelle",
);

const RAW = [
  // `bulletin n° 2 du casier judiciaire`, `B2 du casier`.
  `[Bb]ulletin (?:n°|n[o°]\\.?|num[ée]ro) ?[123] (?:du|de son|de) casier judiciaire`,
  // Theft only as an offence: `pour vol`, `pour un vol`, `condamné pour vol`.
  'v(?<=(?:[Pp]our|[Dd]e) (?:un |le )?v)ol(?= |,|\\.|$)',
  // `depuis la détention`, `pendant la détention` (of a parent, in a family's file); checked behind the word, whose prefix the start pass lists anyway.
  '[Dd][ée]tention(?<=(?:[Dd]epuis|[Pp]endant|[Dd]urant|[Ll]ors de) la [Dd][ée]tention)',
  // Someone who stole something (`il a volé le portable d'une camarade`): a verb and its object, not `volé` alone.
  "v(?<=(?:(?<![\\p{L}])[Aa]|ont|avait|avaient) v)ol[ée]s?(?= (?:le|la|les|l'|un|une|des|du|de l'argent|dans|chez) )",
];

/** A sanction of an agent is no sentence (`exclusion temporaire de fonctions de 15 jours, dont 10 avec sursis`). */
const DISCIPLINARY_BEFORE = /(?:exclusion temporaire|exclusion de fonctions|blame|avertissement|sanction disciplinaire|conseil de discipline)/;
/** A complaint not made (`ne souhaite pas porter plainte`, `la possibilité de déposer plainte`); a door, a road or assets condemned or seized. */
const OTHER_SENSE_BEFORE = /(?:ne souhaite pas|ne veut pas|possibilite de|porte|portes|fenetre|fenetres|acces|entree|sortie|issue|issues|piece|local|passage|voie|route|batiment|escalier|guichet|capital|capitaux|titres|parts|actions|donnees|biens|immeubles|terrains|vehicules|informations|fonds) $/;
const OTHER_SENSE_AFTER = /^(?: (?:pour travaux|pour cause de travaux|a statuer|a execution|de titres|de parts|d'actions|d'un vehicule|du capital|paris|direct|low cost|aller|retour|de nuit|regulier|a payer les frais|a (?:verser|payer|rembourser) |aux depens|le departement|l'etat|la commune|la collectivite|l'administration|la societe|l'entreprise|l'assureur|la region))/;

/** A crime in fiction or prevention (`roman`, `lutte contre le`). */
const FICTION_OR_PREVENTION_BEFORE = /(?:roman|film|serie|livre|scene de|lutte contre le|prevention du|prevention de la) $/;

/** A door or an exit `condamnée` (closed for good). */
const CLOSED_DOOR_BEFORE = /(?:porte|fenetre|acces|issue|sortie|escalier|passage|entree)[^.\n]{0,40} (?:a ete|ont ete|est|sont|sera|seront)(?: definitivement)? $/;

/** A flight, after `vol` (`vol retour`, `vol AF1234`, `vol de Lyon`, `aéroclub de vol à voile`, `suspension de vol décidée`). */
const FLIGHT_AFTER = /^ (?:(?:de |d')?(?:retour|aller|paris|lyon|nice|toulouse|marseille|direct|[a-z]{2}\d)|a voile|libre|moteur|d'initiation|decide)/;

/** Acronyms also read in lower case in a message typed without capitals (`un tig de 70 h`; see defineCategory). */
const ACRONYMS_TYPED_IN_LOWER_CASE = phraseList('tig|fsprt|ppsmj|jap|gav');

export default defineCategory({
  id: 'judicial',
  type: 'JUDICIAL',
  pattern: termPattern([...TERMS, ...ACRONYMS_TYPED_IN_LOWER_CASE], RAW),
  acronymsTypedInLowerCase: ACRONYMS_TYPED_IN_LOWER_CASE,
  keywords: phraseList('condamne|condamnee|tribunal|juge|jugement|plainte|police|gendarmerie|penal|penale'),
  validate: (value, context) => {
    const { folded, start, end } = context;
    if (testBefore(folded, start, OTHER_SENSE_BEFORE, 20)) return false;
    if (/sursis/.test(folded.slice(start, end)) && testBefore(folded, start, DISCIPLINARY_BEFORE, 80)) return false;
    if (testAfter(folded, end, OTHER_SENSE_AFTER, 30)) return false;
    const word = folded.slice(start, end);
    // The penalty a law sets (`puni d'un an d'emprisonnement`, `15 000 € d'amende et un an d'emprisonnement`), no one's.
    if (word.startsWith('emprisonnement') && testBefore(folded, start, /(?:puni|encour|passible|amende et)/, 40)) return false;
    // A door or an exit closed for good (`la porte de secours côté rue a été condamnée`).
    if (/^condamnee?s?$/.test(word) && testBefore(folded, start, CLOSED_DOOR_BEFORE, 60)) return false;
    // `pour un vol` must be theft: reject flights (`réserver un vol`, `le vol AF123`, a drone's `212 h de vol`).
    if (word === 'vol' && !testBefore(folded, start, /(?:pour (?:un |le )?|(?<!\d ?h |heures )de )$/, 12)) return false;
    if (word === 'vol' && testAfter(folded, end, FLIGHT_AFTER, 15)) return false;
    // `crime`/`délit` in titles of books and films or in general legal explanations need a verb of
    // attribution nearby; the anchor rule handles the person, here only plain nouns after `le`.
    if ((word === 'crime' || word === 'crimes') && testBefore(folded, start, FICTION_OR_PREVENTION_BEFORE, 30)) return false;
    // Called out to, not arrested (`qui m'a interpellée lors de ma permanence`, `nous a interpellés sur…`).
    if (word.startsWith('interpelle') && testBefore(folded, start, /(?:^|[^a-z])(?:m'|nous |vous |t')(?:a|ont|avait|avaient) $/, 14)) return false;
    // A service's or a job's name (`conseillère pénitentiaire d'insertion et de probation`), not a sentence.
    if (word === 'probation' && testBefore(folded, start, /insertion et de $/, 17)) return false;
    // Put into words (`verbalise des idées suicidaires`, `rien de verbalisé`), not fined (`a été verbalisé`).
    if (word.startsWith('verbalis') && !testBefore(folded, start, /ete $/, 5)) return false;
    // Paid, not acquitted (`le résident acquitte le tarif`, `s'acquitte de sa dette`, `facture acquittée`).
    if (word.startsWith('acquitt') && (folded[start - 1] === "'" || testAfter(folded, end, /^ (?:le|la|les|l'|de|du|des|sa|son|ses|leur|leurs|ce|cette|ces)(?![a-z])/, 7) || testBefore(folded, start, /(?:facture|note|quittance)s? $/, 12))) return false;
    return true;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    "M. Gaillard est déjà connu pour des vols à l'étalage",
    "l'OFB a dressé un procès-verbal d'infraction à M. Vasseur le 17/12",
    'M. Vasseur a reçu une ordonnance pénale en 2019',
    "M. Roy garde l'enfant depuis dimanche : non-représentation d'enfant selon Mme Roy",
    'M. Le Goff : je suis détenu au bâtiment B, je sors en septembre',
    'Mme Keïta, détenue depuis mai 2024, demande à voir ses enfants',
    "M. Jouan : c'est à cause de ma détention de 2023",
    'Père : M. Steven JOUAN, actuellement détenu à Nantes',
    'Mme Mercadier : une enquête préliminaire est en cours',
    'La mère élève seule les enfants depuis la détention du père',
    "Il a volé le portable d'une camarade en classe",
    'Père : M. Karim BOUCHAREB est détenu depuis janvier',
    "M. Dalmon, prévenu de conduite d'un véhicule sous l'empire d'un état alcoolique",
    'M. Amrani, 16 ans : apologie du terrorisme sur TikTok',
    "M. Dylan Fabre faisait déjà l'objet d'une interdiction judiciaire de stade",
    'M. Dylan Fabre doit rentrer au centre de semi-liberté à 19 h',
    "Mme Germaine Le Floch : suspicion d'abus de faiblesse par son neveu",
    'M. Hugo Caron a été flashé deux fois ce mois-ci avec le Berlingo',
    'M. Nathan Roy a été victime de coups dans le minibus le 2 décembre',
    'Mme Saïdi se dit victime de discrimination',
    "M. Lamoureux pense être victime d'un piratage",
    'Mme Sonia Huguet signale des violences conjugales depuis un an',
    'M. Anthony Delcroix, libérable le 04/11/2026, sans domicile',
    "L'audition filmée de Mme Fontaine est prévue le 19/03",
    'Mme Durand signale que son fils Lucas, en 4eB, subit un cyberharcèlement.',
    'Mme Océane Faure bénéficie d\'un téléphone grave danger depuis octobre.',
    "M. Vidal est poursuivi pour conduite sous l'emprise de stupéfiants",
    'M. Benali a été condamné en 2019',
    'Sa famille a déposé plainte contre lui',
    'M. X est convoqué devant le tribunal pour enfants',
    "L'élève reconnaît le vol d'un téléphone portable",
    'Il a été placé en garde à vue le week-end dernier',
    "Mme Nogaret : extrait de casier judiciaire à vérifier",
    'Le père, M. Bernard, est sous contrôle judiciaire',
    'Elle est suivie par le SPIP depuis sa sortie',
    'Mme Hamidi a été menacée de mort par un usager',
    'M. Roux conteste les faits, une enquête de gendarmerie est en cours',
  ],
  noMatch: [
    'M. Roux, résident, acquitte le tarif hébergement ; sa fille s\'acquitte de la facture acquittée',
    'Mme Durand ne souhaite pas porter plainte à ce stade ; informée de la possibilité de déposer plainte',
    'La décision de suspension est annulée ; le Département est condamné à verser 1 200 € au titre des frais',
    "M. Gérard LAGARDE, qui m'a interpellée lors de ma permanence de samedi",
    "Le père en est informé. Voir l'article 226-13 du code pénal (15 000 € d'amende et un an d'emprisonnement).",
    "La salle d'activités reste condamnée pour travaux jusqu'au 15 avril",
    'M. X : exclusion temporaire de fonctions de 15 jours, dont 10 avec sursis',
    "La porte condamnée de l'aile nord",
    'Le capital détenu par le Département',
    'Il a réservé un vol Paris-Nice',
    "bénéficiaire : l'aéroclub de vol à voile du Béarn",
    'une faute grave peut entraîner une suspension de vol décidée par le bureau',
    'M. Vidal, télépilote : 212 h de vol cumulées sur le drone, 146 heures de vol sur le second',
    'Le permis de construire fait l\'objet d\'un sursis à statuer',
    "Quelles sont les missions du SPIP ?",
    "C'est à peine lisible",
  ],
};
