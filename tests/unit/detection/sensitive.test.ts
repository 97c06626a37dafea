import { describe, expect, it } from 'vitest';
import confidential from '@/utils/detection/detectors/sensitive/confidential';
import health from '@/utils/detection/detectors/sensitive/health';
import judicial from '@/utils/detection/detectors/sensitive/judicial';
import socialCase from '@/utils/detection/detectors/sensitive/social-case';
import specialCategory from '@/utils/detection/detectors/sensitive/special-category';
import { scan } from '@/utils/detection/engine';
import { normalizeText } from '@/utils/detection/normalize';
import { hasPersonAnchor } from '@/utils/detection/person-anchor';
import { CATEGORY_TYPES, type FindingType } from '@/utils/detection/types';

const CATEGORIES = new Set<FindingType>([...CATEGORY_TYPES, 'CONFIDENTIAL']);

/** Category findings of a full scan (every detector), as `TYPE:text`. */
function categories(text: string): string[] {
  return scan(text)
    .filter((finding) => CATEGORIES.has(finding.type))
    .map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`);
}

function types(text: string): FindingType[] {
  return [...new Set(scan(text).filter((finding) => CATEGORIES.has(finding.type)).map((finding) => finding.type))].sort();
}

function anchored(sentence: string): boolean {
  const normalized = normalizeText(sentence);
  return hasPersonAnchor(normalized.text, normalized.folded, 0, normalized.text.length);
}

// Everything below is fictitious.
describe('person-anchor: the rule as designed', () => {
  it.each([
    'Mme Martin suit un traitement antidépresseur',
    "l'enfant est placé à l'ASE",
    'mon agent est en arrêt maladie',
    'il est suivi par le CMP',
    'elle est enceinte de cinq mois',
    "Il souffre d'asthme",
    'Il perçoit le RSA et recherche un logement',
    'je suis en arrêt maladie depuis lundi',
    'jsuis en depression depui le placement des petits',
    'je suis moi-même suivie au CSAPA depuis 2 ans',
    'Mon fils est autiste',
    'la bénéficiaire a signé son CER',
    'cette allocataire du RSA',
    'Nom : BOUZID Prénom : Samira — situation : expulsion locative',
    'DUPONT Marie est au RSA',
    'votre dossier MDPH est complet',
    'His mother is hospitalised in psychiatry',
    'M. X vit avec sa famille',
  ])('anchors: %s', (sentence) => {
    expect(anchored(sentence)).toBe(true);
  });

  it.each([
    'rédige une note sur la politique de santé du département',
    "explique le rôle de l'ASE",
    "le budget de l'APA augmente",
    'quels sont les critères de la PCH ?',
    // Very common words are not anchors on their own.
    'Il faut préparer une note sur le RSA',
    // A family of a group (readers of the archives asking for their family's files), one thing of a group.
    'Ils restent libres de manifester leur religion dans les locaux',
    "Les lecteurs demandent l'accès aux dossiers d'enfants placés de leur famille",
    'Il y a 3 000 bénéficiaires du RSA',
    "Il est possible de demander l'APA",
    'Le département et son budget pour la PCH',
    "Je voudrais une note sur la politique de l'APA",
    "Je suis en train de préparer une note sur l'APA",
    "Peux-tu me faire une synthèse sur l'APA ?",
    'Je ne le sais pas pour le RSA',
    'La PCH est une prestation ; elle est versée par le département',
    // Functions are not persons of a file.
    "Madame la Présidente souhaite une note sur l'APA",
    'Monsieur le Maire demande le bilan du RSA',
    // Generic subjects of legal explanations, plurals, indefinites.
    'Le bénéficiaire du RSA doit signer un CER',
    "L'agent en congé de maladie conserve son traitement",
    "Quels sont les droits de l'usager en EHPAD ?",
    "le projet pour l'enfant (PPE) est obligatoire",
    "Le nombre d'enfants placés dans le département a augmenté de 4 % en 2025",
    'Quel montant pour une personne seule avec un enfant ?',
  ])('does not anchor: %s', (sentence) => {
    expect(anchored(sentence)).toBe(false);
  });

  it('looks at the neighbouring sentences of a file note, not across a blank line', () => {
    const note = 'Grille AGGIR de Mme Fernande Puech : toilette C, habillage C. Quel GIR obtient-on ?';
    expect(types(note)).toContain('HEALTH');
    const apart = 'Mme Fernande Puech a appelé.\n\nQuel GIR pour une personne qui ne se lave plus seule ?';
    expect(categories(apart)).toEqual([]);
  });
});

describe('the parties of published case law are anonymised', () => {
  it('does not tie category terms to `M. X` or `Mme B.` next to a decision\'s reference, and still does elsewhere', () => {
    expect(types('CE, 15 novembre 2024, n° 472318 : M. X contestait un indu de RSA de 4 218,37 €.')).toEqual([]);
    expect(types('Arrêt : CE, 3 juillet 2024, Mme B., n° 471935 — la radiation du RSA prononcée sans saisine est illégale.')).toEqual([]);
    expect(types('Mme X suit un traitement antidépresseur')).toContain('HEALTH');
    expect(types('Mme B., suivie pour une dépression, dossier n° 2024-12')).toContain('HEALTH');
  });
});

describe('an option of a form left unticked is no one\'s', () => {
  it('reports the ticked measure only', () => {
    const text = 'Mme Durand, mesure de protection : ☐ aucune ☐ tutelle [ ] sauvegarde de justice ☒ curatelle renforcée';
    const found = scan(text).filter((finding) => finding.type === 'SOCIAL_CASE').map((finding) => text.slice(finding.start, finding.end));
    expect(found).toEqual(['mesure de protection', 'curatelle renforcée']);
  });
});

describe('a blank form is no one\'s', () => {
  it('reads no situation in a form whose fields are left blank', () => {
    const text = "DEMANDE D'ALLOCATION PERSONNALISÉE D'AUTONOMIE (APA)\nNom de naissance : ____________________  Nom d'usage : ____________________\nDate de naissance : __/__/____";
    expect(scan(text)).toEqual([]);
    // Dot leaders as an OCR or a PDF gives them, the name and first name left blank.
    const certificate = 'CERTIFICAT MÉDICAL — Demande auprès de la MDPH\nIdentification du patient : Nom ……………… Prénom ………………\n1. Pathologie motivant la demande : ……………';
    expect(scan(certificate)).toEqual([]);
  });
});

describe('a rule about anyone is no one', () => {
  it('does not tie category terms to the role words of a procedure or a quantifier', () => {
    expect(types("Décision : saisine du procureur si l'enfant est en danger ; le juge des enfants peut alors ordonner un placement à l'ASE.")).toEqual([]);
    expect(types('Toute personne peut transmettre une information préoccupante à la CRIP.')).toEqual([]);
    expect(types('Un agent peut-il refuser une mission dans une mosquée ?')).toEqual([]);
    // A word between the role and its verb, an elided `lorsqu'`: still a rule.
    expect(types('Diapo 3 – Un enfant placé peut être accueilli en famille d\'accueil, en MECS ou chez un tiers digne de confiance.')).toEqual([]);
    expect(types("Le bénéficiaire du RSA est tenu, lorsqu'il est sans emploi, de rechercher un emploi.")).toEqual([]);
    // A letter to every parent says what to do if: no child of theirs is designated.
    expect(types('Si votre enfant a une allergie connue ou un traitement en cours, signalez-le au médecin scolaire.')).toEqual([]);
    // … and a leaflet to a newcomer what to do if they are ill.
    expect(types("Une personne va t'expliquer les prochaines étapes. Si tu es malade, dis-le à l'équipe.")).toEqual([]);
    expect(types('Si vous êtes hospitalisé ou si vous changez d\'aide, prévenez le service APA.')).toEqual([]);
    // A case note still ties them: the child is named.
    expect(types("Lucas Martin : saisine du procureur si l'enfant retourne chez sa mère.")).toEqual(['SOCIAL_CASE']);
  });
});

describe("the service's side of a chat is no one's field", () => {
  it('reads `Agent :` opening a sentence as who speaks, and before a name as a form field', () => {
    expect(types("Visiteur : comment est calculée l'APA à domicile ?\nAgent : Bonjour. L'APA dépend du GIR et des revenus.")).toEqual([]);
    expect(types('Agent : en arrêt maladie depuis le 3/02, reprise à mi-temps')).toEqual(['HEALTH']);
  });
});

describe('topic versus person, with every detector', () => {
  it.each([
    ['Mme Martin est suivie au CMP pour une dépression', ['HEALTH']],
    ["L'enfant Léo D., né le 12/03/2015, est placé en famille d'accueil depuis l'OPP du juge des enfants", ['SOCIAL_CASE']],
    ['Mon fils est autiste, quelles aides de la MDPH ?', ['HEALTH']],
    ['M. Benali a été condamné en 2019 et sort de détention', ['JUDICIAL']],
    ['Rédige une réponse à Mme Sophie Garrigues qui demande un mi-temps thérapeutique après son cancer du sein.', ['HEALTH']],
    ["Mme Rachida AMRANI, agent d'accueil, porte le voile et demande un aménagement pendant le ramadan.", ['SPECIAL_CATEGORY']],
    ['M. Patrice Delpech, délégué syndical CGT, conteste la mutation.', ['SPECIAL_CATEGORY']],
    ["Il a été placé en garde à vue le week-end dernier pour un vol en réunion.", ['JUDICIAL']],
    // Its abbreviation, in notes and messages typed in a hurry.
    ['il est sorti de gav ce matin, convoqué en avril', ['JUDICIAL']],
    ['Mme Laurence Guérin risque une suspension du RSA.', ['SOCIAL_CASE']],
    ["Mon agent est en arrêt maladie depuis trois semaines, comment organiser son remplacement ?", ['HEALTH']],
    ["L'élève Tom, 12 ans, TDAH, bénéficie d'une AESH 12 h par semaine.", ['HEALTH']],
    ['Le chauffeur, M. Javier Ortega, a été verbalisé.', ['JUDICIAL']],
    // Insertion, housing and debt; child protection's court orders; care in claims and case notes
    ['Mme Inès Salvan, sans domicile stable, demande la domiciliation au CCAS.', ['SOCIAL_CASE']],
    ['M. Hugo Teyssier : dette locative de 3 400 € au 28/02.', ['SOCIAL_CASE']],
    ['Ordonnons le placement des mineurs Enzo et Jade DELATTRE pour douze mois.', ['SOCIAL_CASE']],
    ['M. Dylan Mazars : ITT de 8 jours, séances de kinésithérapie.', ['HEALTH']],
    // PMI notes: parity, postnatal-depression score, vaccines not given
    ['VAD J+6 – Mme Laëtitia BRUNET, G2P2, bébé né à 34 SA+2, EPDS à 14.', ['HEALTH']],
    ['Mme Kelly Dumas : vaccins des 2 mois non faits.', ['HEALTH']],
    ['Objet : RE: Louna HOCHART – IP du 11/03', ['SOCIAL_CASE']],
    ["Il s'agit de M. Tesfay GEBREMEDHIN, d'origine érythréenne, arrivé en France il y a 4 mois.", ['SPECIAL_CATEGORY']],
    ['Les courriers de M. Hugo Blanchard (domicilié chez nous) sont dans la boîte grise.', ['SOCIAL_CASE']],
    ['M. Lucien Garrigues est sous hémodialyse et sous VNI la nuit.', ['HEALTH']],
    // The first person: the agent's own health (not the agent's work: see the topics)
    ["Comme je vous l'avais expliqué, j'ai une sclérose en plaques diagnostiquée en 2019.", ['HEALTH']],
    ["salut fred dsl je serai pas la demain matin j'ai ma chimio a 8h30", ['HEALTH']],
    ['Mr Daniel Weber told the manager he is type 1 diabetic and wears an insulin pump.', ['HEALTH']],
    ['Mrs Fenwick has 3 months of rent arrears and the eviction procedure has started.', ['SOCIAL_CASE']],
  ])('person: %s', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });

  it.each([
    'Rédige une note sur la politique départementale de l\'APA',
    'Le syndicat mixte des transports tiendra son comité le 12 mars',
    "Le nombre d'enfants placés a augmenté de 4 % en 2025",
    'Optimiser le placement de la trésorerie du Département',
    "Explique le rôle de l'ASE et la différence entre une mesure administrative et une mesure judiciaire de protection de l'enfance, en citant l'article L. 221-1 du CASF.",
    'Quels sont les critères d\'attribution du RSA et comment se calcule le montant forfaitaire pour une personne seule avec un enfant ?',
    'Rédige une note sur l\'évolution des dépenses de PCH entre 2022 et 2025.',
    'Compare l\'aide sociale à l\'hébergement et l\'APA en établissement pour une présentation aux élus.',
    'Quels sont les critères de l\'APA et comment fonctionne la grille AGGIR ?',
    'Explique les règles du temps partiel thérapeutique dans la fonction publique territoriale.',
    'Rédige une note sur la politique de santé du département',
    'Le budget de l\'APA augmente de 3 % en 2026',
    'Madame la Directrice souhaite un point sur la santé au travail',
    'La santé financière du Département reste bonne',
    'Prévoir des places de parking handicapé devant le collège',
    'Réserver un vol Paris-Nice pour la délégation',
    'La porte condamnée de l\'aile nord sera rouverte',
    'Le permis de construire fait l\'objet d\'un sursis à statuer',
    'La RN 88 est fermée entre Rodez et Baraqueville',
    'Restauration de l\'église Saint-Pierre : lancer la consultation',
    'Rédige le schéma départemental d\'accueil des gens du voyage',
    'Signalement d\'un nid de poule sur la RD 12 par la patrouille',
    'Le traitement des données personnelles est encadré par le RGPD',
    'Un diagnostic territorial de santé a été lancé',
    'Les données des usagers sont confidentielles',
    'Rédige un guide sur le secret professionnel des travailleurs sociaux',
    "Le tribunal administratif condamne le Département à verser 18 500 € à l'assureur.",
    'Virement à Mme Agnès Pradel — RIB 30003 45323 80434960309 92 — domiciliation Rodez Bourran.',
    "L'absence de justificatif ne peut motiver un refus d'inscription : une attestation ou une domiciliation suffit.",
    'Peux-tu vérifier ce formulaire de domiciliation avant sa mise en ligne ?',
    "« Mon enfant peut-il entrer en crèche ? » Éléments : 11 vaccinations obligatoires (diphtérie, tétanos, coqueluche, hépatite B, rougeole).",
    'La capitale de la société Dupont SA, 12 SA au total dans le groupe.',
    "M. Paul Martin signale que l'adresse IP du 12/03 est bloquée par le pare-feu.",
    'M. Paul Martin voit des refus depuis le concentrateur VPN 10.12.0.4.',
    "J'ai une question sur le RSA et l'APA pour une formation.",
    "J'ai un dossier APA à traiter avant vendredi.",
    // The fifth false-alarm set: a service named after someone, case law's anonymised parties, a
    // FAQ's instructions, an establishment's file, an English policy, a professional's function
    'CMS Pierre-Brossolette : mercredi 9 h-12 h 30, permanence RSA (référents) ; vendredi, CESF (budget, FSL)',
    'CE, 15 mars 2019, n° 422384, Mme A... c/ Département du Nord : le juge des enfants exerce un contrôle.',
    '— Je suis à la rue ce soir : composez le 115 (SIAO), gratuit.',
    "Nom : EHPAD public Résidence Simone-Veil\nHabilitation : 100 % à l'aide sociale à l'hébergement",
    'Kinship care should be considered as a priority whenever it is in the best interests of the child.',
    'Cordialement,\nNadia Boukhris, mandataire judiciaire à la protection des majeurs',
    "explique le role du referent unique RSA et la difference avec l'accompagnement social global, pour M. XXX nouveau CESF",
    'connecteur:\n  nom: import-flux-caf\n  source:\n    motif: "FLUX_RSA_*.xml"',
    // The sixth false-alarm set: an HR rule, a door, a protocol naming professions
    "Mme la DRH : garde d'enfant malade, 6 jours par an pour un agent à temps plein.",
    'Lors de la visite de M. Martin, la porte de secours côté rue a été condamnée et les élèves sortent par la cour.',
    "Rédige un protocole « Enfant seul ou perdu dans les locaux » : qui fait quoi (agent d'accueil, chef de service, puéricultrice de PMI).",
    "Mme Lafargue : indemnité d'éviction de 12 000 € pour le bail commercial.",
    "Vous êtes convoqué(e)s à l'audience du juge des enfants le [DATE] à [HEURE], concernant votre enfant [PRÉNOM NOM].",
    'Ordonnons l\'exécution provisoire.\nLa juge des enfants, Claire Fabre',
    // Never labelled in the blind sets: disabled people as a class, a professional's title, a
    // procedure's name, `mise en cause` as a noun, `verbaliser` as putting into words
    "M. Baills a écrit : « Et pour les handicapés ? Le transport des élèves handicapés n'est pas assuré. »",
    "M. Foucher, je suis mandataire judiciaire à la protection des majeurs et j'exerce depuis 2019.",
    "Objet : demande d'accès aux origines personnelles de M. Armand Leclerc",
    'Lina Moreau (née le 21/01/1997), plaignante. Mise en cause : la responsabilité du service.',
    'Depuis la rentrée, Yasmine verbalise davantage ses peurs.',
    // A temp worker's workplace (the five-hundred-forty-seventh set)
    "Mme Oksana Melnyk, ASH intérimaire sur l'EHPAD départemental de Bléré, a transmis son arrêt.",
    'Contrat de Mme Ana Paula Moreira (pool EHPAD) : expérience de 6 ans en EHPAD privé.',
    // A probation officer's job title, not a measure (the five-hundred-forty-ninth set)
    "Bonjour,\nJe suis conseillère pénitentiaire d'insertion et de probation. M. Jordan Lefebvre sort le 12 mars.",
    // A class's awareness session is a topic (the five-hundred-fifty-third set)
    'Après la bagarre entre Lina B. et Jade M., une séance de sensibilisation au handicap sera organisée dans leur classe.',
  ])('topic: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe('a person named surely before the paragraph that speaks of them', () => {
  it.each([
    [
      'a list after the name',
      'Aide-moi à argumenter la demande de Dylan Maurel :\n- sorti de détention en juin ;\n- sous contrôle judiciaire ;',
      ['JUDICIAL:sorti de détention', 'JUDICIAL:contrôle judiciaire'],
    ],
    ['a NIR above', 'Dossier 2 95 10 99 126 111 93 :\n- allergie aux arachides ;\n- repas sans porc.', ['HEALTH:allergie']],
    [
      'care notes in shorthand',
      'Mr BESSON Pierre : ATCD HTA + DNID, dyspnée d\'effort, asthénie ++, Lovenox SC, K pulmonaire métastatique',
      ['HEALTH:HTA', 'HEALTH:DNID', "HEALTH:dyspnée", 'HEALTH:asthénie', 'HEALTH:Lovenox', 'HEALTH:métastatique'],
    ],
    [
      'vital signs and weights of care notes',
      'ch 15 – Mr Da Silva : sat 89% sous O2, T° 38,2 à 3h, dextro 1,12\nbb Jade : pds 5,720 kg',
      ['HEALTH:sat 89%', 'HEALTH:T° 38,2', 'HEALTH:dextro 1,12', 'HEALTH:pds 5,720'],
    ],
    [
      'the last item of a long list',
      "Aide-moi à argumenter la demande de renouvellement du contrat jeune majeur de Dylan Maurel pour la commission du 4 décembre :\n- 18 ans et demi, en appartement partagé depuis ses 17 ans, puis en colocation ;\n- inscrit en CAP cuisine en juin après 6 mois d'attente ;\n- actuellement en stage, rendez-vous avec son référent tous les 15 jours ;\n- addiction au cannabis, abstinent depuis 2 mois ;",
      ['SOCIAL_CASE:contrat jeune majeur', 'HEALTH:addiction', 'HEALTH:cannabis', 'HEALTH:abstinent'],
    ],
    [
      'a filled form, below its identity block',
      'Nom : ESTIVAL\nNé(e) le : 9 août 1971\nN° de sécurité sociale : 2 71 08 12 145 233 81\n\nSituation actuelle : se déplace en fauteuil roulant depuis 2023.\nDemande : PCH aide humaine.',
      ['HEALTH:en fauteuil roulant', 'HEALTH:PCH aide humaine'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it.each([
    // The name comes after: the agent signing the request.
    ['a signature', 'Rédige une note sur la politique départementale du handicap.\nCordialement,\nMarie Dupont'],
    // The sentence asks the assistant for something: it names its topic.
    ['a request', 'Marie Dupont a repris le dossier.\nRédige une note sur le handicap et la PCH.'],
    // The writer, not the person spoken of.
    ['the writer', 'Bonjour, je suis Marie Dupont, chargée de mission. La note porte sur la PCH dans le département.'],
    ['a sender', 'De : Marie Dupont\nObjet : note sur la PCH'],
    // Contact data: services have it too.
    ['a service address', 'Service RSA\nBP 123\n75011 Paris'],
    // The addressee, the people at a meeting: not whom the text is about.
    ['a greeting', 'Bonjour Marie Dupont,\nJe vous transmets le bilan des aides PCH du département.'],
    ['a list of those present', 'Présents : Marie Dupont, Paul Martin\nOrdre du jour : bilan de la PCH et du RSA.'],
    // Across a blank line, only a form's identifiers: not an author's name.
    ['an author above a blank line', 'Rédactrice : Marie Dupont (DSISN)\nService : autonomie\n\nObjet : bilan de la PCH en 2025.'],
    // A lone first name is not sure enough.
    ['a lone first name', 'Réunion préparée par Camille.\nPoint sur la PCH dans le département.'],
  ])('not after %s', (_why, text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe('person anchors are not reused across texts that fold alike', () => {
  // Anchors are cached per text: `m. durand` folds like `M. Durand`, but only the title is an anchor.
  it('a capitalised title still anchors after a lower-case scan of the same words', () => {
    const text = 'Réunion avec M. Durand. Hospitalisation en psychiatrie prévue.';
    expect(types(text.toLowerCase())).toEqual([]);
    expect(types(text)).toEqual(['HEALTH']);
    expect(types(text.toLowerCase())).toEqual([]);
  });
});

describe('person anchors far into a long text', () => {
  // Anchors are computed in 4 KB chunks: a sentence past the first chunk must be judged as it is
  // at the start of a prompt (an impersonal `il y a` once counted as a person there).
  const filler = 'Le compte rendu de la réunion du service des routes est disponible. '.repeat(70);

  it.each([
    "Dans le département, il y a une hausse des placements à l'ASE cette année.",
    'Il faut revoir le budget de la PCH avant le vote.',
  ])('topic after 4 KB: %s', (sentence) => {
    expect(categories(sentence)).toEqual([]);
    expect(categories(`${filler}\n\n${sentence}`)).toEqual([]);
  });

  it.each([
    ["Il est placé à l'ASE depuis mars.", 'SOCIAL_CASE'],
    ['Mme Martin est suivie au CMP pour une dépression.', 'HEALTH'],
  ])('person after 4 KB: %s', (sentence, type) => {
    expect(types(`${filler}\n\n${sentence}`)).toContain(type);
  });
});

describe('category detectors', () => {
  const only = (detector: typeof health, text: string) =>
    scan(text, { detectors: [detector] }).map((finding) => text.slice(finding.start, finding.end));

  it('health: inflections, phrases and acronyms (upper case only)', () => {
    expect(only(health, 'Mme X est hospitalisée depuis lundi')).toEqual(['hospitalisée']);
    expect(only(health, 'Elle est atteinte de la maladie d\'Alzheimer')).toEqual(["maladie d'Alzheimer"]);
    expect(only(health, 'Mme X, diabète de type 2, insuffisance cardiaque')).toEqual(['diabète de type 2', 'insuffisance cardiaque']);
    expect(only(health, 'Il est en GIR 2 depuis mars')).toEqual(['GIR 2']);
    expect(only(health, 'Il consulte au cmp.example.org')).toEqual([]);
    expect(only(health, 'Pathologies : diabète')).toEqual([]); // a label alone: no person, no finding
    // `se déplace en` is no `place en` (a parking place, a topic word before the term).
    expect(only(health, 'Mme X se déplace en fauteuil roulant depuis 2023')).toEqual(['en fauteuil roulant']);
    // A participle qualifies the condition before it, which is the finding.
    expect(only(health, 'Mme X : dépression sévère diagnostiquée en décembre')).toEqual(['dépression']);
    expect(only(health, 'Mme X : dépression post-partum diagnostiquée en décembre')).toEqual(['dépression post-partum']);
    expect(only(health, 'M. X a été diagnostiqué en mars')).toEqual(['diagnostiqué']);
    // A place in an IME is where a child goes; places (plural, a count) are a topic.
    expect(only(health, 'Son fils Maxence attend une place en IME')).toEqual(['IME']);
    expect(only(health, 'Le nombre de places en IME du département')).toEqual([]);
    // A file's reference, a key's value and an institution's name are no one's situation.
    expect(only(socialCase, 'Mme X.\nAPA-2019-0412\tALAUZET\tGermaine')).toEqual([]);
    expect(only(socialCase, 'Mme X, réf. : ASH/2026/0318')).toEqual([]);
    expect(only(socialCase, 'Mme X : "dn": "CN=X,OU=ASE,DC=cd12"')).toEqual([]);
    // … but a value of a URL's query is data (`statut=RSA`).
    expect(only(socialCase, 'Mme X : https://intranet/dossier?nom=X&statut=RSA')).toEqual(['RSA']);
    expect(only(socialCase, "Mme X : petits-enfants non sollicités (règlement départemental d'aide sociale)")).toEqual([]);
    expect(only(health, "Mme X. COMMISSION DES DROITS ET DE L'AUTONOMIE DES PERSONNES HANDICAPÉES")).toEqual([]);
    // A Slack or Teams channel's name is no one's situation.
    expect(only(socialCase, '#ase-secteur-ouest\nClaire : Nolan est revenu en pleurs')).toEqual([]);
  });

  it('social case: a field named by a situation is data when its value states it', () => {
    expect(only(socialCase, 'Mme X.\nImpayés de loyer : 2 340 € (5 mois)')).toEqual(['Impayés de loyer']);
    expect(only(socialCase, 'Mme X.\nObligé alimentaire : son fils')).toEqual(['Obligé alimentaire']);
    // The field's value names the measure: the name is the field's, not the data.
    expect(only(socialCase, 'Mme X.\nMesure de protection : curatelle renforcée')).toEqual(['curatelle renforcée']);
    expect(only(socialCase, 'Mme X.\nRSA : 3 rendez-vous manqués')).toEqual([]);
    // The value may start on the next line (a list of people).
    expect(only(socialCase, 'Mme X.\n\nObligés alimentaires :\n1. M. Y (fils)')).toEqual(['Obligés alimentaires']);
    expect(only(socialCase, 'Pour M. X : proposer une AED aux parents')).toEqual(['AED']);
    // A professional's title: `inspectrice ASE` names her service, not the situation of someone.
    expect(only(socialCase, 'Présents : Mme X (inspectrice ASE)')).toEqual([]);
    // `faisant état de` is no État (a topic word before the term).
    expect(only(socialCase, "L'enfant, selon la CRIP faisant état de carences éducatives graves")).toEqual(['CRIP', 'carences éducatives']);
  });

  it('social case: child protection, insertion, autonomy, legal protection', () => {
    expect(only(socialCase, "L'enfant est confié à l'ASE depuis 2021")).toEqual(["confié à l'ASE"]);
    expect(only(socialCase, 'M. X est sous curatelle renforcée')).toEqual(['sous curatelle renforcée']);
    expect(only(socialCase, 'Mme X bénéficie de l\'APA à domicile')).toEqual(['APA à domicile']);
    expect(only(socialCase, 'Mme X : expulsion locative prévue en juin')).toEqual(['expulsion locative']);
    expect(only(socialCase, "Le département est placé sous la tutelle de l'État")).toEqual([]);
  });

  it("a term naming a service's mailbox in a mail header is no one's situation", () => {
    const thread = 'De : Mme Lefebvre <s.lefebvre@departement.example.fr>\nÀ : CRIP 35 <crip@departement.example.fr>; FSL – Secrétariat <fsl@departement.example.fr>\nObjet : Noa BERTHIER';
    expect(types(thread)).not.toContain('SOCIAL_CASE');
    expect(types('Mme Lefebvre a transmis l’information préoccupante sur Noa BERTHIER à la CRIP')).toContain('SOCIAL_CASE');
  });

  it("a service's acronym tagging a chat message's sender, or filling a service field, is no one's situation", () => {
    const chat = '[03/03/2026 08:10] Nadia Haddad ASE: Ok. Lucas a fugué hier soir\nVASSEUR Claire (CRIP) 09:12\nLes parents de Lucas sont séparés\nManon Quéré (secrétariat ASE) : le bilan de Lucas est arrivé';
    expect(categories(chat)).toEqual([]);
    expect(types('{"displayName": "Aurélie Fabre", "service": "ASE – Territoire Sud"}')).toEqual([]);
    expect(categories('[03/03/2026 08:10] Nadia Haddad: Lucas est confié à l’ASE')).toEqual(['SOCIAL_CASE:confié à l’ASE']);
    expect(categories('[09:12] Morgane L. (SIAO) : Mme Sabrina T. est hébergée en CHRS depuis lundi\n[09:13] Nathan (astreinte CHRS) : vas-y')).toEqual(['SOCIAL_CASE:CHRS']);
    // A form's label is no sender: `Orientation ESAT :` answers about the person of the form.
    expect(categories('Nom : DURAND Paul\nOrientation ESAT : accord')).toContain('HEALTH:ESAT');
    // WhatsApp on Android writes `date time - sender:`; Teams may put the service's pole in the bracket.
    expect(categories('05/01/2026 09:12 - Yasmina RSA Référente: Bonjour M. Koné, je vous rappelle demain')).toEqual([]);
    expect(categories('Conversation Teams\nGUILHEM Anne (MDPH – pôle enfance) 14:07\nTu as le dossier de Théo ?')).toEqual([]);
    // A union's name tagging a sender is that person's membership (art. 9).
    expect(categories('20/02/2026 09:14 - Patrick Serres (CGT): bonjour, je vous écris pour une collègue')).toEqual(['SPECIAL_CATEGORY:CGT']);
  });

  it("a public office's postcode and town, below the policy's threshold, ties no one to its name", () => {
    const offices = 'Adresses utiles :\nMDPH de la Guadeloupe – 97109 Basse-Terre Cedex\nMDPH de La Réunion – 97490 Sainte-Clotilde';
    expect(types(offices)).not.toContain('HEALTH');
    expect(types('Mme Hoarau, 12 rue des Lilas, 97490 Sainte-Clotilde, relève de la MDPH')).toContain('HEALTH');
  });

  it('special categories: membership needs a membership word', () => {
    expect(only(specialCategory, 'Mme X est syndiquée à FO')).toEqual(['syndiquée à FO']);
    expect(only(specialCategory, 'M. X est adhérent au RN depuis 2020')).toEqual(['adhérent au RN']);
    expect(only(specialCategory, 'M. X a pris la RN 88')).toEqual([]);
    expect(only(specialCategory, 'Mme X est de confession musulmane')).toEqual(['de confession musulmane']);
    expect(only(specialCategory, "M. X comprend le kabyle car son épouse est d'origine kabyle")).toEqual(['origine kabyle']);
    // Elected staff are union members when their union is named.
    expect(only(specialCategory, 'Le représentant du personnel CGT, M. X, a demandé')).toEqual(['représentant du personnel CGT']);
    expect(only(specialCategory, 'Le représentant du personnel, M. X, a demandé')).toEqual([]);
  });

  it('judicial: offences and sentences, not their everyday homonyms', () => {
    expect(only(judicial, "Mme X : bulletin n° 2 du casier judiciaire reçu")).toEqual(['bulletin n° 2 du casier judiciaire']);
    expect(only(judicial, 'M. X a été condamné à huit mois de prison avec sursis')).toEqual(['condamné', 'prison avec sursis']);
    expect(only(judicial, 'M. X a été condamné pour vol')).toEqual(['condamné', 'vol']);
    expect(only(judicial, 'M. X a pris un vol pour Nice')).toEqual([]);
    // The offence is longer than the health term it holds, and wins the overlap.
    expect(categories("M. X a été contrôlé : conduite sous l'emprise de stupéfiants")).toEqual(["JUDICIAL:conduite sous l'emprise de stupéfiants"]);
  });

  it('confidential: markings, not adjectives', () => {
    expect(only(confidential, 'CONFIDENTIEL RH\nCourrier de mise en demeure')).toEqual(['CONFIDENTIEL RH']);
    expect(only(confidential, 'Strictement confidentiel — projet de réorganisation')).toEqual(['Strictement confidentiel']);
    expect(only(confidential, 'Document interne – ne pas diffuser')).toEqual(['Document interne – ne pas diffuser']);
    expect(only(confidential, 'Note confidentielle au directeur de cabinet')).toEqual(['Note confidentielle']);
    expect(only(confidential, 'Diffusion : ne pas diffuser.')).toEqual(['ne pas diffuser']);
    expect(only(confidential, '[DR] Projet de schéma')).toEqual(['DR']);
    expect(only(confidential, 'Le DRH valide les congés')).toEqual([]);
    expect(only(confidential, 'Explique ce qu\'est une information confidentielle')).toEqual([]);
  });

  it('confidential markings are reported without a person', () => {
    expect(types('Diffusion restreinte\nNote sur le budget 2026')).toEqual(['CONFIDENTIAL']);
  });
});

describe('sensitive detectors stay fast on adversarial input', () => {
  it.each([
    ['digits', '1234567890'.repeat(10_000)],
    ['spaces', ' '.repeat(100_000)],
    ['one word', 'a'.repeat(100_000)],
    ['Aa', 'Aa '.repeat(33_334)],
    ['DUPONT', 'DUPONT '.repeat(14_286)],
    ['Mme', 'Mme '.repeat(25_000)],
    ['Marie', 'Marie '.repeat(16_667)],
    ['terms', 'il est hospitalisé. '.repeat(5_000)],
  ])('%s (100 KB)', (_name, input) => {
    const text = input.slice(0, 100_000);
    scan(text); // warm-up: compiles the patterns and decodes the first-name groups
    const started = performance.now();
    scan(text);
    // Generous bound against CI noise: the bench (npm run bench) checks the 50 ms target.
    expect(performance.now() - started).toBeLessThan(400);
  });
});

describe('social file numbers (§6.2, §6.3)', () => {
  const found = (text: string) =>
    scan(text)
      .filter((finding) => finding.type === 'SOCIAL_CASE' && /-(?:id|number)$/.test(finding.detector))
      .map((finding) => text.slice(finding.start, finding.end));

  it('reports France Travail identifiers next to their keyword, the number only', () => {
    expect(found('Mme X, identifiant France Travail : 1234567A, demande un rendez-vous')).toEqual(['1234567A']);
    expect(found('inscrit comme demandeur d\'emploi, identifiant 01234567891')).toEqual(['01234567891']);
    expect(found('France Travail, 12 avenue de Paris, 75012 Paris')).toEqual([]);
  });

  it('reports MDPH, ASE and IODAS file numbers, not years or budget lines', () => {
    expect(found('n° dossier MDPH : 2023-004512')).toEqual(['2023-004512']);
    expect(found('Numéro de dossier ASE AB123456')).toEqual(['AB123456']);
    expect(found('budget APA 2024 : 12 M€')).toEqual([]);
    expect(found('la MDPH du département')).toEqual([]);
  });
});
