import { describe, expect, it } from 'vitest';
import { firstNames, isFirstName, isWordlikeFirstName } from '@/utils/detection/data/first-names-fr';
import personName from '@/utils/detection/detectors/sensitive/person-name';
import { scan } from '@/utils/detection/engine';

/** Names found by the person-name detector alone, as the substrings of the text. */
function names(text: string, minScore = 0): string[] {
  return scan(text, { detectors: [personName] })
    .filter((finding) => finding.score >= minScore)
    .map((finding) => text.slice(finding.start, finding.end));
}

/** Names found when every detector runs (overlaps with addresses, e-mails… resolved). */
function namesWithAll(text: string): string[] {
  return scan(text)
    .filter((finding) => finding.type === 'PERSON_NAME')
    .map((finding) => text.slice(finding.start, finding.end));
}

// Everything below is fictitious.
describe('person-name: positives (shared/reference/detectors.md §10 and département work)', () => {
  it.each([
    // Reference §10.2 ✅
    ['Mme Sophie MARTIN a appelé le service', ['Sophie MARTIN']],
    ["Bonjour, je m'appelle Karim Benali", ['Karim Benali']],
    ['Dossier de DUPONT Jean-Pierre', ['DUPONT Jean-Pierre']],
    // A carer's kind beside her name in a table (assistante maternelle, assistant familial) is no surname.
    ['Nom | Prénom | Type | Échéance\nPERRAUD | Estelle | AM | 31/12/2025\nNDIAYE | Awa | AF | 15/01/2026', ['PERRAUD', 'Estelle', 'NDIAYE', 'Awa']],
    // A badge's profile beside the holder's name is no surname.
    ['Badge\tNom\tPrénom\tProfil\n0004533\tAMRANI\tSamira\tENCADRANT\n0004540\tVIGUIER\tPaul\tAGENT', ['AMRANI', 'Samira', 'VIGUIER', 'Paul']],
    // A Breton surname opens on its article, not a service's word.
    ['Nom de naissance : LE GALL\nNom d\'usage : KERVELLA', ['LE GALL', 'KERVELLA']],
    ['RDV avec Dr Lefèvre mardi', ['Lefèvre']],
    // Titles: the span is the name, never the title
    ['Rédige un courrier pour M. Karim Benali, bénéficiaire du RSA', ['Karim Benali']],
    ['Bonjour Madame Petit, suite à notre entretien', ['Petit']],
    // A greeting in another language is no part of the name.
    ["> Hola Marta, je t'envoie la liste définitive", ['Marta']],
    // The years of a life after a relative's name are no figure of history's.
    ['Objet : papiers de son père, Fernand BOUSCAYROL (1921-1998), ouvrier aux houillères', ['Fernand BOUSCAYROL']],
    // Two initials after a title name someone in a file's minutes; one alone does not.
    ['1. Mme L. B., 3 enfants : information préoccupante\n2. M. D. : rien à signaler', ['L. B.', 'D.']],
    // A service's column holds no surname, even in capitals beside a first name.
    ['NOM;PRN;SERVICE;MOTIF\nCHEVALIER;Nadia;COLLEGES;congés\nPICARD;Hervé;ROUTES;formation', ['CHEVALIER', 'Nadia', 'PICARD', 'Hervé']],
    // An article ending the header row is no article of the name below it.
    ['Famille\tJours impayés\tMontant dû\nFERNANDEZ Antonio\t38\t114,00 €', ['FERNANDEZ Antonio']],
    // Titles and ranks as notes abbreviate them, before a surname in capitals.
    ['le monsieur d hier est revenu, MR VASSEUR, il est gare devant', ['VASSEUR']],
    ['Gendarmerie (cne DELORME, COB de Boën) sur place, adj. ROUSSET', ['DELORME', 'ROUSSET']],
    // A first name opening a list's item or a speaker's line before a colon; not a label that the list of first names holds.
    ['Section Les Lutins\n- Lou : sieste 12h45-14h30\n- Héloïse : 3 selles liquides\nMél : a.b@example.com', ['Lou', 'Héloïse']],
    // A PDF form's labels without their colon.
    ['Identification de la personne\nNom GAILLARD Prénom Océane\nDate de naissance', ['GAILLARD', 'Océane']],
    ['Élève\nNom *\nMARCHAND\nPrénom *\nLilou', ['MARCHAND', 'Lilou']],
    ['Vos coordonnées\nNom*\tFOURNIER\nPrénom*\tGilles', ['FOURNIER', 'Gilles']],
    ['Parent 2   Nom FERREIRA   Prénom Hugo   Tél. 06 39 98 07 62', ['FERREIRA', 'Hugo']],
    ['Student\nSurname: MOREAU          Given names: Jade', ['MOREAU', 'Jade']],
    ['Jeune : Nourainia HALIDI, née le 24/11/2005 à Moroni', ['Nourainia HALIDI']],
    // A place closed by a bracket or a comma does not take the name after it.
    ['Évaluatrices : Claire DUMESNIL (assistante sociale, MDS Noisy-le-Grand), Farida OUCHENE (éducatrice)', ['Claire DUMESNIL', 'Farida OUCHENE']],
    // Words in capitals before a first name and a surname in capitals are a job or a service.
    ['Émetteur : SPIP du Nord – CPIP Sandrine WAUQUIER – tél. 03 53 01 27 64', ['Sandrine WAUQUIER']],
    ['M. et Mme DA SILVA, 3 enfants', ['DA SILVA']],
    ['Monsieur Dylan FERREIRA a été reçu', ['Dylan FERREIRA']],
    ['Mrs Jeanne Bories, aged 91', ['Jeanne Bories']],
    ["Dear Mr O'Connor, your daughter Siobhan", ["O'Connor", 'Siobhan']],
    ['Maître Le Gall représente la famille', ['Le Gall']],
    ['Ticket de Mme Corinne Albinet (poste 4512)', ['Corinne Albinet']],
    ['Le père, M. Bernard, est absent', ['Bernard']],
    // Upper-case administrative forms
    ['Enfant : MARTIN Lilou, née le 17/05/2019', ['MARTIN Lilou']],
    ['Nom : BOUZID Prénom : Samira', ['BOUZID', 'Samira']],
    ['Nom : CALMELS\nPrénom : Simone', ['CALMELS', 'Simone']],
    ['Nom : TEYSSÈDRE ; Prénom : Karine', ['TEYSSÈDRE', 'Karine']],
    ['| COULIBALY Ibrahim | 1 79 04 75 253 995 83 | APJM |', ['COULIBALY Ibrahim']],
    // Prénom NOM, dictionary first name + surname shape
    ['Transforme en liste : Karim Benali, Sandrine Lacroix et Hugo Lafon', ['Karim Benali', 'Sandrine Lacroix', 'Hugo Lafon']],
    ['Formule une note : le jeune Yanis H., 15 ans, est arrivé', ['Yanis H.']],
    ['The child Noah VERMEULEN was born in 2014', ['Noah VERMEULEN']],
    // Roles
    ["L'enfant Enzo est placé en famille d'accueil", ['Enzo']],
    ['Je prépare une visite chez la famille Moreau', ['Moreau']],
    ["L'assistante familiale accueille deux enfants de la fratrie Delmas", ['Delmas']],
    ["Le couple MARTIN-FERRAND a déposé une demande d'agrément", ['MARTIN-FERRAND']],
    ['Mon fils Lucas est autiste', ['Lucas']],
    ['votre dossier pour votre fils Nathan a été reçu', ['Nathan']],
    ["l'usager Mathis GIRAL sollicite le renouvellement", ['Mathis GIRAL']],
    ['il s\'appelle Moussa TRAORE, arrivé en 2023', ['Moussa TRAORE']],
    // Signatures
    ['Cordialement,\nMarie Durand', ['Marie Durand']],
    ['Vous pouvez me joindre au standard.\nClaire Fontaine, assistante sociale', ['Claire Fontaine']],
    // Word-like first names with a surname
    ['Rose Vernhes, sauvegarde de justice', ['Rose Vernhes']],
    ['Pierre DURAND, adjoint technique', ['Pierre DURAND']],
    // Colleges, HR, roads
    ["L'élève Enzo Lacroix, 15 ans, a été exclu", ['Enzo Lacroix']],
    ["Reformule ce rapport : l'agent d'exploitation Ludovic Bras s'est blessé", ['Ludovic Bras']],
    ['Prépare l\'ordre de mission pour Cédric Lacan, conducteur de travaux', ['Cédric Lacan']],
    // An initial and a surname, after a word or a label that introduces people, and the rest of their list
    ['Compte rendu rédigé par J. Dupont.', ['J. Dupont']],
    ['Réunion avec P. Lefèvre et A. GIRARD le 12 mars', ['P. Lefèvre', 'A. GIRARD']],
    ['Présents : J.-P. Martin, S. Durand (DSISN), M.-C. Lambert et K. Benali', ['J.-P. Martin', 'S. Durand', 'M.-C. Lambert', 'K. Benali']],
    ["Transmets la note d'A. Lefort à la direction", ['A. Lefort']],
    ['CR du CST :\nPrésents : J. Martin (DRH), S. Durand\nExcusé : K. Benali', ['J. Martin', 'S. Durand', 'K. Benali']],
    // … where a surname in capitals and its initial are items too (`RIGAL S.`), before or after the others
    ['Présents : RIGAL S., J. Dupont, C. Lemaire', ['RIGAL S.', 'J. Dupont', 'C. Lemaire']],
    ['Présents : J. Dupont, RIGAL S., MONTAUT J.', ['J. Dupont', 'RIGAL S.', 'MONTAUT J.']],
    // Mail headers and address books: the surname, a comma, then the first name
    ['Cc : Bessière, Pierre <pierre.bessiere@example.fr>', ['Bessière, Pierre']],
    ['À : Dupont, Marie; Lefort, Jean', ['Dupont, Marie', 'Lefort, Jean']],
    ['Dupont, Marie <marie.dupont@example.fr> a écrit :', ['Dupont, Marie']],
    ['Liste des bénéficiaires :\nCOSTES, Julien\nMARTIN, Jean', ['COSTES, Julien', 'MARTIN, Jean']],
    ['Liste :\nLefort, Jean\nMartin, Sophie', ['Lefort, Jean', 'Martin, Sophie']],
    // Particles written with a capital inside the surname (Breton and Flemish names)
    ['Rendez-vous avec Yann Le Goff mardi', ['Yann Le Goff']],
    ['Mme Marine Le Pen, M. Pierre Du Pont et Mme Claire De Smet', ['Marine Le Pen', 'Pierre Du Pont', 'Claire De Smet']],
    ['Nom : LE GALL Yann', ['LE GALL Yann']],
    ['M. PIERRE LE GALL', ['PIERRE LE GALL']],
    ['Courrier à M. Jean de La Fontaine', ['Jean de La Fontaine']],
    // `DE`, `DU`, `DES` opening a surname after a title, or in capitals after a first name, as forms write them
    ['Mme De Smet est venue', ['De Smet']],
    ['Madame DE LA TOUR Anne, née le 12/03/1980', ['DE LA TOUR Anne']],
    ['MME DE LA TOUR PERÇOIT LA PCH', ['DE LA TOUR']],
    ['Madame Anne DE LA TOUR et M. Pierre DU PONT', ['Anne DE LA TOUR', 'Pierre DU PONT']],
    ['Pierre-Yves DE KERGUELEN, directeur', ['Pierre-Yves DE KERGUELEN']],
    ['DE LA TOUR Anne, née le 12/03/1980', ['DE LA TOUR Anne']],
    // A lower-case particle between a label and the surname, and initials typed without dots
    ["Nom de naissance : ESTIVAL\nNom d'usage : de La Fontaine", ['ESTIVAL', 'de La Fontaine']],
    ['Nom : de Gaulle', ['de Gaulle']],
    ['Présents : C. Alary (RSA), JP Mouysset (conseiller départemental)', ['C. Alary', 'JP Mouysset']],
    ['Jury : J.-P. Carrière (DSISN), Mme Fabienne Ournac (DRH)', ['J.-P. Carrière', 'Fabienne Ournac']],
    // A function, then the holder's name; the fields of a form on one line; first names before a verb
    ['Monsieur le Sénateur Jean-Michel Bouzat a écrit au cabinet', ['Jean-Michel Bouzat']],
    ['DOSSIER ENFANT\nNOM : DIARRA            PRENOM : MOUSSA', ['DIARRA', 'MOUSSA']],
    ["Kylian M. l'a bousculée. Inès dit qu'il l'insulte. Léna a peur de rentrer.", ['Kylian M.', 'Inès', 'Léna']],
    // A surname of several words in its cell, next to the first name's
    ['BOUSSAC\tRémi\t1\nLE MOAL\tYvonne\t2', ['BOUSSAC', 'Rémi', 'LE MOAL', 'Yvonne']],
    // Children before their age
    ['avec ses 2 petits (Tom 4 ans, Jade 18 mois), elle a déposé plainte', ['Tom', 'Jade']],
    // Signatures: a first name alone under a closing formula or above a quoted reply, an initial and
    // a surname with a role or a phone number
    ['Je passe demain.\n\nBien à toi,\nCamille', ['Camille']],
    ['Est-ce normal ?\nNathalie\n\n> From: DRH – Gestion des absences', ['Nathalie']],
    ["Veuillez agréer mes salutations distinguées.\nG. Bessière – 05 36 49 13 88", ['G. Bessière']],
    ['Saisine du parquet pour une ordonnance de placement provisoire.\nL. Cassan, évaluatrice', ['L. Cassan']],
    // Tables: an initial in a column of names, N' names in capitals, a header above a blank line
    ['| Matricule | Agent |\n|---|---|\n| 003390 | A. Bousquet |', ['A. Bousquet']],
    // A column of the professionals following the files; a professional at work in a note
    ['Nom\tPrénom\tRéférent\nBOUCHER\tTiméo\tC. Lemaire', ['BOUCHER', 'Timéo', 'C. Lemaire']],
    ['enfant;date;educ\nBOUCHER Timéo;07/03/2026;K. Haddad', ['BOUCHER Timéo', 'K. Haddad']],
    ['date;nom;prenom;motif;pro\n03/03;PICARD;Loïc;CER RSA;ROUX', ['PICARD', 'Loïc', 'ROUX']],
    // A surname in capitals after `l'agent` (`l'agent DURAND sylvie`)
    ["reformule poliment : l'agent DURAND sylvie (matricule 45821) est en arret maladie", ['DURAND']],
    ["Place possible à l'IME en septembre → C. Lemaire fait la demande d'admission.", ['C. Lemaire']],
    // Initials after a list's label, the first one after a title; an English signature
    ['Staff 25/11 – présents : Dr C. Monteil, L. Fabre, É. Granger, N. Picard (AS)', ['C. Monteil', 'L. Fabre', 'É. Granger', 'N. Picard']],
    ['so please let the canteen know.\nBest wishes,\nOliver', ['Oliver']],
    // A first name opening a sentence of a case note
    ['Entretien au collège. Lucas rapporte que son père boit le soir.', ['Lucas']],
    ['Elle vit chez sa grand-mère. Timéo a ensuite insulté la CPE.', ['Timéo']],
    ["classe;nom;prénom\n4B;N'DIAYE;Aïssatou", ["N'DIAYE", 'Aïssatou']],
    ['Colonnes : classe ; nom ; prénom ; téléphone\n\n4C;Kowalski;Zofia;05 36 49 72 15', ['Kowalski', 'Zofia']],
    // A family's children, a child before her birth date or a verb of case notes
    ['Peux-tu passer voir les enfants FABRE ?', ['FABRE']],
    ['Au domicile. Lina (née le 12/03/2019) était seule.', ['Lina']],
    ['Il se moque de lui. Adam ne veut plus aller en cours.', ['Adam']],
    ["Deux exclusions.\nEthan bénéficie d'une mesure d'AEMO.", ['Ethan']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads two first names joined by et, + or & in case notes, and none of two words of the language', () => {
    expect(names('19h00 repas calme. Théo et Ilyes se chambrent', 0.6)).toEqual(['Théo', 'Ilyes']);
    expect(names('07h00 relais équipe matin (Nadia + Chloé)', 0.6)).toEqual(['Nadia', 'Chloé']);
    expect(names('Rose et Marguerite fleurissent en mai', 0.6)).toEqual([]);
  });

  it('reads lower-case names after the people of HR and of the assembly (person-name-lower-case)', () => {
    expect(namesWithAll('le nir de la nouvelle recrue lea marchand : à vérifier')).toEqual(['lea marchand']);
    expect(namesWithAll("l'agent d'exploitation david roche s'est fait une entorse")).toEqual(['david roche']);
  });

  it('reads notes typed on a phone: a role without its article, a title its keyboard capitalised (person-name-lower-case)', () => {
    expect(namesWithAll('bb pese 4,1 kg point mere julie fargeas tel 06.39.98.12.74')).toEqual(['julie fargeas']);
    expect(namesWithAll('agent thomas roche centre d exploitation de bellac')).toEqual(['thomas roche']);
    expect(namesWithAll('mere tres fatiguee pleure pendant la visite')).toEqual([]);
    expect(namesWithAll('Mr mazaud rene entre en ehpad le 2 juin')).toEqual(['mazaud rene']);
    // A capitalised title before a word in lower case, with no first name after it: a word of the note.
    expect(namesWithAll('Mme joignable demain matin')).toEqual([]);
    expect(namesWithAll('visite faite point mme seule avec ses 3 enfants')).toEqual([]);
  });

  it('reads the keys of exports written in one word (nomNaissance, NomFamille)', () => {
    expect(namesWithAll('{ "nomNaissance": "FRAYSSE", "prenom": "Aurélie" }')).toEqual(['FRAYSSE', 'Aurélie']);
    expect(namesWithAll('<Identite>\n <NomFamille>EL AMRANI</NomFamille>')).toEqual(['EL AMRANI']);
  });

  it('reads introductions, even typed in lower case (person-name-introduction)', () => {
    expect(namesWithAll("je m'appelle karim et j'ai une question")).toEqual(['karim']);
    expect(namesWithAll("Bonjour, je m'appelle Karim Benali")).toEqual(['Karim Benali']);
  });
});

describe('person-name: titles typed in lower case', () => {
  // Every spelling of LOWER_CASE_TITLE_BEFORE: the detector compares the last two characters of the
  // word before a name with those of its titles before running that regex, so a title missing from
  // LOWER_CASE_TITLE_ENDINGS would be lost here.
  const titles = ['mme', 'mlle', 'm.', 'mr', 'mr.', 'madame', 'monsieur', 'mademoiselle', 'docteur', 'dr', 'dr.', 'professeur', 'maitre', 'maître', 'adjudant', 'Adjudant', 'adjudant-chef', 'Adjudant-chef', 'brigadier', 'Brigadier', 'brigadier-chef', 'Brigadier-chef', 'gendarme', 'Gendarme', 'adj', 'adj.', 'cne', 'ltn', 'sgt', 'cdt', 'adc', 'mdl', 'mevrouw', 'meneer', 'mijnheer'];
  it.each(titles)('%s Soulages', (title) => {
    expect(names(`appel de ${title} Soulages`)).toContain('Soulages');
  });
});

describe('person-name: negatives', () => {
  it('reads no person in a driving school named after one', () => {
    expect(names("- Auto-école Jean-Jaurès (secteur nord) : 52 € l'heure de conduite", 0.6)).toEqual([]);
  });

  it('reads no character of French literature as a person, unlike a real surname that one of them bears', () => {
    expect(names('Atelier : Jean Valjean et Cosette face à la justice, Emma Bovary et ses dettes, Arsène Lupin', 0.6)).toEqual([]);
    expect(names('Signataire : Mme Agnès POIROT, directrice des ressources humaines', 0.6)).toEqual(['Agnès POIROT']);
  });

  it.each([
    // Reference §10.2 ❌
    'Madame la Présidente du Conseil départemental',
    'Monsieur DE LA COMMISSION',
    'Monsieur le Directeur Général des Services',
    '    allow 203.0.113.0/24;\n    deny all;',
    'Hospitalisé pour une infection à E. Coli',
    'Plan :\nA. Contexte, enjeux\nB. Enjeux, objectifs',
    'Les enfants DYS et les enfants HP',
    'IL N\'EST PAS VENU, JE M\'APPELLE DEMAIN',
    'À : Cabinet de la Présidence',
    '« Madame la Principale, Monsieur le Gestionnaire »',
    // A job, a service or a body sends the mail (without a first name); the town of a region is no one.
    'De : Gardien Résidence du Parc <gardien.residenceduparc@habitat.example.fr>',
    'À : Encadrement DSOL\nObjet : Rappel',
    'De : Réservations Hôtel des Remparts <reservations@hotel-remparts.example.com>',
    'À : DSDEN – Service social en faveur des élèves',
    'De :\tBTA Rive-de-Gier <bta.rivedegier@gendarmerie.example.fr>',
    'Bon de commande BC-2026-0418 – SSIAD du Pays de Loue – livraison semaine 14',
    'collège Jean Rostand (Craponne), collège Pierre et Marie Curie (Amplepuis)',
    "Recrutement d'assistants familiaux, secteurs Béarn et Soule (Mauléon, Oloron)",
    // A plant's genus before its Latin epithet; a public body's acronym after a job.
    'Relevé : Filipendula ulmaria 3 ; Angelica sylvestris 2 ; Veronica officinalis 1',
    "Conclusion de l'agent OFB : « responsabilité loup non exclue »",
    "Depuis la mise à jour 2511.1 de l'agent MDM, 46 terminaux ne remontent plus",
    "Plan de gestion de l'ENS du marais de Montfort ; alignement du chêne de Sully",
    '- Site Sud (Maison de santé Louis-Pasteur) : mercredi 14 h – 18 h 30',
    '[10:06] Visitor: Great, thanks!',
    'Objet : de Rodez à Millau',
    'Destinataires : Madame la Présidente, Monsieur le Vice-président chargé des ressources',
    'Né(e) le : 05.11.1975\nÀ : DECAZEVILLE (12)',
    'VOICI LES DEUX CHAÎNES DE CONNEXION',
    'Prévenir la famille\n\nRecognizer',
    'MAMAN DE TOM ET LÉA',
    "Monsieur le Maire a signé l'arrêté",
    'La Rose des vents est fermée',
    'Le dossier RSA de la CAF',
    // Functions and institutions
    'Madame la Directrice générale des services',
    'M. le Directeur a validé la note',
    'Monsieur Le Préfet recevra les élus',
    'Le Conseil départemental a voté le budget',
    'Madame, Monsieur, je me permets de vous écrire',
    // Streets, schools, places, laws
    'Rendez-vous au collège Jean Moulin, 12 rue Victor Hugo',
    // A place whose name has words of its own, then a town or a person it is named after
    "Elle a été accueillie au foyer de l'enfance de Liévin le soir même.",
    'Hélène, puéricultrice PMI, centre médico-social de Liévin',
    'salle Simone-Veil, maison des solidarités Louise-Michel',
    '> De : Commissariat de Lens – brigade de protection des familles',
    // English letters: a salutation, a department, a nationality, a town, a storm
    'Dear Sirs,\nPlease write to the German consulate in San Sebastián.',
    'From: HR Department – Weber Logistik GmbH',
    'Project SOLIDARITY-NET – Grant Agreement 101099887 – second payment',
    'Synthèse des dépenses de la crise « tempête Benjamin » par nature',
    // Associations' names
    'Nom : Handball Club du Val de Cisse',
    'Adhésion au Ciné-club Agnès-Varda : 15 €',
    'Fréquentation 2025 : Maison-musée Léonce-Vidal 4 210 entrées',
    'Outils : Ara, Colour Contrast Analyser et WAVE',
    "Versement à l'Amicale laïque Jules-Ferry de Bressuire",
    'Titulaire : ASSOC PETANQUE ST GERVAIS. Merci de débiter',
    'Location: Primary Care Centre, O\'Connell Street (Mary Robinson Building, 2nd floor)',
    'From: Safeguarding Lead – Colegio Británico de Valencia',
    "programmation : l'Orchestre Aurore Boréale, le collectif Rose Béton",
    // A template's placeholder after a title
    'Courrier type : Bonjour M. XXX, votre dossier est complet. Mme Xxxx',
    '22 bis avenue Jean Jaurès, 46000 Cahors',
    'Le lycée Marie Curie ouvre une section',
    'Compare la loi Evin et la loi sur l\'accessibilité',
    'Saint-Étienne et Saint-Pierre-de-Rivière sont des communes',
    'la loi du 2 janvier 2002 rénovant l\'action sociale',
    'article L. 221-1 du CASF',
    // Months, acronyms, products, companies
    'Le comité se réunit en Mars et en Juin',
    'Le service RSA et la CAF ont échangé avec la MDPH',
    'Compare Microsoft Teams et Google Chrome',
    'Titulaire : Menuiserie Fabre & Fils (SIRET 602 604 231 00015)',
    'Candidat : Élec\'Aveyron SAS',
    // A lone word-like first name is not reported
    'Pierre a rappelé ce matin',
    'La famille d\'accueil de Capucine signale un retard',
    'Le Trésor public a reçu le dépôt',
    // MRZ fillers are not names
    'IDFRAGARNIER<<<<<<<<<<<<<<<<<<750123',
    // Header rows and labels
    'Nom;Prénom;Date de naissance;N° allocataire',
    // A capital and a dot that end a sentence or number a heading or a choice
    'Évaluation AGGIR : toilette B. Habillage C. Alimentation A.',
    'Cohérence A, transferts B. Quel GIR obtient-on ?',
    // … after a word in capitals and a letter that no word introducing people precedes (an item of a list of initials needs one)
    'Score GIR B., C. Martin',
    'A. Contexte\nB. Objectifs du projet',
    'Réponses possibles : A. Accord, B. Refus, C. Ajournement',
    'Il faut de la vitamine D. Pour le reste, rien à signaler',
    'Réunion à Rodez, France\nOrdre du jour',
    'Désolé, Pierre\nje ne pourrai pas venir',
    'LE PETIT PRINCE ET LA ROSE DES VENTS',
    'EXTRAIT DE CASIER JUDICIAIRE À DEMANDER',
  ])('%s', (text) => {
    expect(names(text, 0.6)).toEqual([]);
  });
});

describe('person-name: tables (CSV/TSV)', () => {
  it('reads no name in a cell left empty (NULL)', () => {
    expect(names('| nom | prenom |\n|---|---|\n| OUDART | Céline |\n| NULL | NULL |')).toEqual(['OUDART', 'Céline']);
  });

  it('reads a surname with an apostrophe alone in its cell', () => {
    expect(names("NOM\tPRENOM\tDDN\nL'HOSTIS\tGermaine\t30/01/1940")).toEqual(["L'HOSTIS", 'Germaine']);
  });

  it('reports surname and first-name cells of a semicolon row separately', () => {
    const text = 'Nom;Prénom;Date de naissance\nDIALLO;Aminata;12/02/1988\nROUX;Kévin;30/11/1992';
    expect(names(text)).toEqual(['DIALLO', 'Aminata', 'ROUX', 'Kévin']);
  });

  it('reads a name opening a row after a place word ending the row above, and no place named in a cell or before a separator', () => {
    expect(names('Nom;Prénom;Note\nDURAND;Paul;il faut un plateau\nMAUREL;Didier;RAS')).toContain('MAUREL');
    expect(names('Nom|Prénom|Note\nDURAND|Paul|il faut un plateau\n MAUREL  | Didier | RAS')).toContain('MAUREL');
    expect(names('il faut un plateau\nMAUREL Didier')).toEqual([]);
    // A cell separator after a place's name does not make it a row's first cell.
    expect(names('Agent;Lieu\nDURAND Paul;collège Jean Moulin;oui')).toEqual(['DURAND Paul']);
    expect(names('rendez-vous au collège Jean Moulin; merci')).toEqual([]);
  });

  it('reports tab-separated cells, accents included', () => {
    const text = 'Nom\tPrénom\tTéléphone\nMARQUÈS\tÉlodie\t06 39 98 41 07\nNGUYEN\tThomas\t07 81 55 20 13';
    expect(names(text)).toEqual(['MARQUÈS', 'Élodie', 'NGUYEN', 'Thomas']);
  });

  it('reports the quoted cells of a comma-separated export, and no surname before a comma in prose', () => {
    const text = '"REF","DATE","NOM","PRENOM"\n"R26-0311","2026-03-02","GIRARD","Maxime"\n"R26-0298","2026-02-26","TOURE","Ibrahim"';
    expect(names(text)).toEqual(['GIRARD', 'Maxime', 'TOURE', 'Ibrahim']);
    expect(names('Réunion avec la DRH, le SIRH, la PAIE')).toEqual([]);
  });

  it('reports a single surname column named by its header', () => {
    const text = 'Date;Nom;Carte;Montant\n02/04;FOURNIER;4974;45,00\n02/04;GIMENEZ;5412;30,00';
    expect(names(text)).toEqual(['FOURNIER', 'GIMENEZ']);
  });

  it('reads a column of first names beside counts and ranks as a statistic of names, below the policy threshold', () => {
    const text = 'Prénoms les plus donnés en 2024 : prénom;sexe;nombre;rang\nGabriel;M;112;1\nLéo;M;104;2\nNolwenn;F;12;61';
    expect(names(text, 0.6)).toEqual([]);
    expect(names('prénom;sexe;classe\nGabriel;M;6e B\nNolwenn;F;5e A', 0.6)).toEqual(['Gabriel', 'Nolwenn']);
  });

  it('reads a surname before a first name in a column of names above the policy threshold, and alone below it', () => {
    // `Hoarau` is no first name and `Léna` is one: elsewhere the pair may be a firm or a place named after someone (`Menuiserie Fabre`).
    const results = "Clt | Dossard | Nom Prénom | Club | Temps\n4 | 391 | Hoarau Léna | Béziers Athlé | 8'05";
    expect(names(results, 0.6)).toEqual(['Hoarau Léna']);
    expect(names('Le stage de voile se tient à Hoarau Léna cet été.', 0.6)).toEqual([]);
  });

  it('reads a driver column of a weighbridge export as names', () => {
    const text = 'date;entreprise;chauffeur;immat\n02/02/2026;SARL Bennes du Val;Ferreira Paulo;EK-204-RV\n06/02/2026;SARL Bennes du Val;Lopez M.;EK-204-RV';
    expect(names(text, 0.6)).toEqual(['Ferreira Paulo', 'Lopez M.']);
  });

  it('reads no person in an inventory column of collèges named after people', () => {
    expect(names('N° inventaire;Modèle;Collège;UAI\n24TB00417;iPad 10e génération;Louis-Pasteur;0451030N', 0.6)).toEqual([]);
  });

  it('reads no person in a column of organisations, but the people beside it', () => {
    const text = 'Surname;First name;Organisation;Arrival\nRIVAS;Marta;Fundación Horizonte;13/09\nQUINN;Aoife;Galway County Council;14/09';
    expect(names(text, 0.6)).toEqual(['RIVAS', 'Marta', 'QUINN', 'Aoife']);
  });

  it('reads a family column of a caseload table as names', () => {
    expect(names('famille | mesure | h prévues\nMOREL | AED | 24\nBAPTISTE | AEMO | 16', 0.6)).toEqual(['MOREL', 'BAPTISTE']);
  });

  it('reports NOM Prénom cells followed by other columns', () => {
    const text = 'ALBERT Georges\tFR7630003453238043496030992\t412,50\nBALDET Yvette\tFR7620041860842347240480484\t688,00';
    expect(names(text)).toEqual(['ALBERT Georges', 'BALDET Yvette']);
  });
});

describe('person-name: lists of initials and names', () => {
  it('reads the senders of a copied chat whose messages follow their header on the same line', () => {
    const chat = 'Messages copiés :\nJulien – 02/02 21h47 : tu me prends pour qui\nGinestet Françoise (06 39 98 23 76) 18:53 : non rdv le 28';
    expect(names(chat, 0.6)).toEqual(['Julien', 'Ginestet Françoise']);
  });

  it('reads every item of a long list introduced once, and none of a list that nothing introduces', () => {
    const surnames = ['Martin', 'Durand', 'Lambert', 'Benali', 'Girard', 'Costes', 'Vidal', 'Fabre'];
    // Not `M.`: that is the title (Monsieur), and the name after it is reported without it.
    const initials = 'ABCDEFGHJKLNPRSTV';
    const items = Array.from({ length: 40 }, (_, i) => `${initials[i % initials.length]}. ${surnames[i % surnames.length]}`);
    expect(names(`Présents : ${items.join(', ')}.`)).toEqual(items);
    expect(names(`Réponses : ${items.join(', ')}.`)).toEqual([]);
  });
});

describe('person-name: scores', () => {
  const score = (text: string) => scan(text, { detectors: [personName] })[0]?.score ?? 0;

  it('ranks a title, a dictionary first name and an upper-case surname highest', () => {
    expect(score('Mme Sophie MARTIN')).toBeGreaterThanOrEqual(0.9);
    expect(score('Karim BENALI est arrivé')).toBeGreaterThanOrEqual(0.85);
    expect(score('Karim Benali est arrivé')).toBeGreaterThanOrEqual(0.75);
  });

  it("reads a field that asks for someone's name as that label (`Nom du bénéficiaire :`), and no name in its words in capitals", () => {
    expect(score('Nom du bénéficiaire : Garnier Philippe')).toBeGreaterThanOrEqual(0.8);
    expect(score("Nom de l'enfant : Lou Garnier")).toBeGreaterThanOrEqual(0.8);
    expect(names('NOM DU DEMANDEUR : (à remplir)')).toEqual([]);
  });

  it('gives a word-like first name with a mixed-case surname a lower score', () => {
    const value = score('Contact : voir avec Claire Fontaine demain');
    expect(value).toBeGreaterThanOrEqual(0.6);
    expect(value).toBeLessThan(0.75);
  });

  it('gives a lone first name a low score, raised mid-sentence, by an apposition or a person on the line', () => {
    expect(score('« Karim, tu peux passer au bureau ?')).toBeLessThan(0.6);
    expect(score('Réunion demain avec Karim pour le planning')).toBe(0.6);
    expect(score('Louane, élève de 4e, est absente')).toBeGreaterThanOrEqual(0.7);
    expect(score('Elle accueille Léna, 4 ans, confiée à l\'ASE')).toBeGreaterThanOrEqual(0.7);
    expect(score('Inès (11 ans) reste une bonne élève')).toBeGreaterThanOrEqual(0.7);
    expect(score('- Hamid, né le 22/08/2016, CE2')).toBeGreaterThanOrEqual(0.7);
  });

  it('gives a first name that is no word, alone on the last line, the score of a signature', () => {
    expect(score('Rappelle-moi au 06 39 98 07 55\nStéphane')).toBeGreaterThanOrEqual(0.7);
    expect(score('Rappelle-moi au 06 39 98 07 55\nClaire')).toBeLessThan(0.6);
  });
});

describe('person-name: with every detector', () => {
  it('keeps the name when an address holds a street named after a person', () => {
    const text = 'Mme Sophie Martin, 12 rue Victor Hugo, 12000 Rodez';
    expect(namesWithAll(text)).toEqual(['Sophie Martin']);
  });

  it('does not turn an e-mail address into a name', () => {
    expect(namesWithAll('Écrire à Marie.Durand@example.fr demain')).toEqual([]);
  });
});

describe('first-name data', () => {
  it('is folded, sizeable and free of the noise words of §10.2', () => {
    const all = firstNames();
    expect(all.size).toBeGreaterThan(25_000);
    for (const name of ['marie', 'karim', 'jean', 'lea', 'moussa', 'aminata', 'jean-pierre']) expect(isFirstName(name), name).toBe(true);
    for (const word of ['le', 'la', 'de', 'paris', 'france', 'mars', 'mai', 'avril', 'soleil', 'justice', 'noel']) expect(isFirstName(word), word).toBe(false);
    for (const word of ['pierre', 'rose', 'claire', 'olivier']) expect(isWordlikeFirstName(word), word).toBe(true);
  });
});
