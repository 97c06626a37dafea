import { isFirstName, isWordlikeFirstName } from '../../data/first-names-fr';
import { phraseList, phraseSet, wordSet } from '../../word-list';
/**
 * Words around person names, shared by the name detectors (person-name.ts for capitalised names,
 * person-name-lower-case.ts for names typed in lower case, person-name-introduction.ts for
 * `je m'appelle …`). All folded (fold.ts's `foldName`): lower case, no accents.
 */

/**
 * Letter classes. `\p{Lu}`/`\p{Ll}` at the head of a pattern cost about ten times more than a
 * plain range in V8 (measured on a 1 MB text), so Latin ranges are spelled out; Latin Extended-A
 * and -B (Ł, Ş, Č…) count as both cases, which only matters for rare names.
 */
export const UPPER_LETTERS = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F';
export const LOWER_LETTERS = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u024F';
export const WORD_CHARACTERS = `0-9${UPPER_LETTERS}${LOWER_LETTERS}\\u00AA\\u00B5\\u00BA`;
/**
 * Where a name may start: not inside a word, an address or a path, nor after an elision other than
 * `d'` and `qu'` (`l'Enfant`; `qu'Éric Delaunay garde…` is a name), nor after the `@` of an e-mail
 * address (a chat's mention is a name: `@Romain`). An apostrophe after anything but a letter is a
 * quote and may open a name (`nom = 'Martin'`, `{'prenom': 'Marie'}`).
 */
export const NAME_START = `(?<![${WORD_CHARACTERS}<._/\\\\#-])(?<![A-CE-Za-ce-z](?<!qu)')(?<![${WORD_CHARACTERS}._%+-]@)`;
/**
 * Where a name ends: not before a letter, a digit, `@`, an apostrophe of an elision (`Aujourd'hui`),
 * MRZ fillers, or `&` (`Dupont&Fils`) unless it opens the next field of a URL query
 * (`?nom=Dupont&prenom=Marie`), or a hyphen and a letter or a digit that the name's own hyphens
 * did not take: a place's or a code's name goes on (`Luc-la-Primaube`, `PC-MDS-MIL-042`). An apostrophe before anything but a letter closes a
 * quote (`'Marie'`).
 */
export const NAME_END = "(?![\\p{L}\\p{N}@]|'(?!s )\\p{L}|-[\\p{L}\\p{N}]|&(?![\\p{L}_][\\p{L}\\p{N}_.\\-]{0,30}=)|<<)";

export const TITLES = wordSet(
  'm. mm. mme mme. mmes mlle mlle. melle melle. monsieur madame mademoiselle messieurs mesdames dr dr. docteur pr pr. professeur',
  'me me. maitre mr mr. mrs mrs. ms ms. miss sir',
  // Across the borders: German and Dutch letters (`Frau Irmgard SCHNEIDER`, `mevrouw Els DEVOS`).
  'frau herr herrn mevrouw meneer mijnheer',
  // Gendarmerie ranks before a name in a report (`OPJ adjudant-chef Mouret`); not `capitaine`,
  // `commandant`, `colonel`: streets are named after them (`rue du Commandant Charcot`).
  'adjudant adjudant-chef brigadier brigadier-chef gendarme',
  // Firefighters' and soldiers' ranks as reports abbreviate them (`le Sgt BOUTONNET`, `Ltn O. CROS`); not `Col`.
  'sgt cpl ltn lt cne cdt adc adj',
);
/** Sentence openers, greetings and articles skipped at the start of a run (`Bonjour Karim`). */
export const GREETINGS = wordSet(
  'bonjour bonsoir bjr salut coucou hello hi hola dear cher chere chers cheres merci bravo',
);
export const LEADS = wordSet(
  ...GREETINGS,
  'pour avec chez selon dans par sur sans et ou mais donc car ni or si quand comme dont le la les un une des du de ce cet',
  'cette ces mon ma mes ton ta son sa ses notre votre leur nos vos leurs cordialement bien objet re tr fw fwd cc',
  'voici voila hier demain ici attention important urgent note rappel the to from for and with a an of by signe',
  'signee contact vu entre apres avant depuis vers ainsi puis enfin aussi alors oui non ok salutations',
  'respectueusement amicalement bises bisous regards best kind thanks thank sincerely yours mr mrs',
);
/**
 * Verbs of requests that open a prompt before a name (`Contacte Marie Dupont`, `Remercie Karim
 * Benali`, `Utilise Claude Sonnet`), imperative (`tu` and `vous`) and folded: skipped at the start of a
 * run, so the span is the name and pseudonymising keeps the verb. None is in the first-name list.
 */
export const REQUEST_VERBS = new Set([
  ...[
    ...wordSet(
      'utilise redige resume reformule corrige envoie prepare appelle contacte relance demande informe convoque invite',
      'remercie explique propose donne verifie analyse compare liste calcule complete indique precise adapte simplifie',
      'rappelle salue presente recommande signale annonce notifie cite mentionne ajoute retire supprime anonymise',
      'pseudonymise masque cherche trouve accompagne oriente rassure convie structure formule',
    ),
  ].flatMap((verb) => [verb, `${verb}z`]),
  ...wordSet(
    'ecris ecrivez traduis traduisez reponds repondez transmets transmettez previens prevenez fais faites dis dites',
    'remplis remplissez decris decrivez relis relisez',
  ),
]);
/** Functions after a title: `Madame la Présidente`, `Monsieur le Maire`, `M. le Directeur`, `Monsieur le Pharmacien`. */
export const FUNCTIONS = phraseSet(
  "le|la|les|l'|president|presidente|maire|directeur|directrice|prefet|prefete|ministre|depute|deputee|senateur",
  'senatrice|conseiller|conseillere|chef|cheffe|responsable|juge|procureur|procureure|commissaire|inspecteur|consul|consule',
  'inspectrice|docteur|professeur|madame|monsieur|recteur|rectrice|vice-president|vice-presidente|premier|premiere|adjoint|adjointe',
  'secretaire|mediateur|mediatrice|delegue|deleguee|administrateur|administratrice|tresorier|tresoriere|general|generale|rapporteur|pharmacien',
  'rapporteure|gerant|gerante|payeur|payeuse|comptable|greffier|greffiere|batonnier|avocat|avocate|notaire|huissier|cure|abbe',
  'eveque|depute-maire|ambassadeur|consul|colonel|capitaine|lieutenant|commandant|general|sous-prefet|sous-prefete',
  'elu|elue|elus|directeur general|presidente du|dgs|dga|vice|principal|principale|proviseur|proviseure|gestionnaire',
  // Mayors and aldermen across the borders (`Monsieur le Bourgmestre de Dudelange`).
  'bourgmestre|echevin|echevine|syndic|burgemeester|schepen|burgermeister|burgermeisterin|landrat',
);
/**
 * Upper-case acronyms of a département's vocabulary, and SQL keywords (`GRANT SELECT ON …`): never
 * surnames. Words of STOP (`NOM`, `LE`, `TEL`) are left out: every use checks STOP too.
 */
export const ACRONYMS = wordSet(
  'DDN RSA CAF APA PCH MDPH ASE CMP CMPP CPEF CPAM MSA EHPAD DSISN DSI PMI IME RQTH AAH CNIL RGPD SIRET SIREN NIR IBAN RIB',
  'BIC PDF URGENT RH DRH DGS DGA DGAS CGT CFDT FO UNSA FSU CFTC OPP CRIP MECS CHRS FSL CER VAD MNA APJM AEMO AED',
  'SPIP CSAPA SSIAD CDAPH AEEH ULIS AESH GIR AGGIR ESAT ITEP FAM MAS CMI UDAF ATI MJPM ASH SAAD TSA TDAH AVC ALD',
  'VIH SIDA IVG PMA IST MST OQTF LFI RN LR EELV PCF NPA LO UDI CASF CESF CCAS CIAS CDAS UTAS CMS MDS MDSI SDF SIAO CCAPEX',
  'FAJ PPE TISF CLM CLD FALC LSF SIG ETP BP CS CD CDI CDD TVA HT TTC EUR CSV XLS XLSX DOC DOCX URL API SMS IA AI',
  'GPT UE EU USA UK FR SA SDJES SCI EARL GAEC SCEA GFA EPCI SDIS ARS DDETS DREETS URSSAF DGFIP INSEE ANAH CNSA CNAF ODPE ONPE CRPA CNAM',
  'SNCF RATP EDF GDF ENGIE DSN DPO CIL NIA INS SS NSS CNI DR IP CV ID RD RDV SAMU SMUR CH CHU CHS EPSM EPS GHT SAU PC CEI',
  'CONFIDENTIEL CONFIDENTIELLE STRICTEMENT DIFFUSION RESTREINTE INTERNE SECRET CIVIL IMPORTANT ATTENTION RAPPEL',
  'TO IN ON AT BY FOR NOT NO YES MME MLLE MM PR ME MR MRS PORT CEDEX BIS TER BAT APPT RDC DYS HP EIP TED TOC TSLA',
  'SELECT INSERT UPDATE DELETE GRANT REVOKE CREATE ALTER DROP TABLE INDEX VALUES FROM WHERE JOIN INTO ORDER GROUP',
  'EURL SARL SAS SASU SNC SCOP SRL EI EIRL EDR IB INM NBI README TODO JSON HTML XML YAML HTTP HTTPS PHP VPN USB WIFI OCMW CPAS BTS DUT BEP DEUG DEA DESS CAPES DEAS DEES DEME',
  'GLPI ENT ERP SIRH GED LDAP SSO MFA NAS DNS DHCP DSDEN BTA SELARL SELAS OFB AM AF MDM VL VU OPC',
  // Tests and treatments of care notes (`la prise de sang INR`, `ECG fait`).
  'INR ECG EEG IRM NFS TSH CRP HTA BPCO AVK AOD AINS',
);
/**
 * First names of the list that notes typed fast use as words: days, weeks and months (`sam 11h`, `cette sem`, `jan 12`), `pas de smiley`,
 * `max 3 pers`, `ben oui`, `fais court`, `il ira`, `qui agit`, `des cris`, care (`kine`), acronyms (`saad`, a `nia`), a language (`dari`), `au tresor`,
 * `2h du mat`, `salage lance`, equipment (`sol souple`, `câble lan`, `feutres velleda`), a car (`2 zoe`), desserts (`charlotte aux fraises`, `madeleine`), the person a carer helps (`la personne aidée`).
 */
export const NOTE_WORDS = wordSet('sam dim ven jan sem max ben court ira kine saad nia dari agit tresor cris smiley mat lance sol lan zoe charlotte madeleine velleda barbe leger vita margherita aidee');
/** Tokens that never belong to a name: months, weekdays, labels, institutions, common headings. */
export const STOP = wordSet(
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi libelle',
  'vendredi samedi dimanche nom noms prenom prenoms date dates adresse telephone tel email mail courriel ne nee age',
  'sexe naissance lieu ville pays peuple voie piste nationalite situation statut profession employeur reference ref numero identifiant',
  'matricule signature qualite fonction attee nombre tue wed thu fri sat sun jul montant total objet note rapport bilan budget compte rendu dossier fiche tableau liste',
  'courrier lettre message reponse question demande conseil departement dpt departemental departementale departementaux',
  'direction service services pole maison centre mairie commune communes region regional regionale etat republique',
  'prefecture tribunal cour caisse agence harmonie fauvette association fondation hopital college lycee ecole universite rue avenue',
  'commissariat gendarmerie brigade travail lecture repas expertise engin freres fils signalisation transports btp',
  // Rooms and buildings named after someone (`salle Jean Moulin`, `gymnase Marcel Cerdan`), and streets, stops
  // and car parks at the start of a line (`Arrêt Jean Jaurès`, `Parking Jean Moulin`).
  'salle gymnase stade mediatheque bibliotheque musee theatre gare piscine batiment creche espace aire accueil antenne familles deliberations',
  // Storms named like people, in capitals (`TEMPÊTE CIARÁN`, `CYCLONE BELAL`); PLACE_WORDS and THING_BEFORE (person-name.ts) read them in other cases.
  'tempete cyclone ouragan',
  'place arret parking station boulevard route chemin allee impasse quai saint sainte nord sud est ouest national nationale general',
  'generale central centrale president presidente maire directeur directrice chef cheffe responsable secretaire agent agents equipe',
  'projet plan schema comite commission assemblee seance deliberation arrete decision decret loi article code annexe',
  'chapitre titre partie section page madame monsieur cordialement bonjour merci enfant mere pere famille menage usager',
  'beneficiaire demandeur demandeuse patient patiente contact tel. fax portable mobile bureau insertion autonomie enfance jeunesse partagee',
  'solidarite solidarites sante social sociale action aide aides prestation allocation dispositif territoire',
  'territorial territoriale mission synthese evaluation entretien visite reunion ordre jour excel word',
  // Software, then the words that open the name of a campsite or a trophy (`Camping Victor-Hugo`, `Prix Émile Bousquet`,
  // `Coupe Marie-Louise Cabrol`): place words too, so the name after them is read as the place's.
  'outlook teams windows google microsoft chatgpt copilot gemini prix challenge souvenir trophee camping coupe',
  // English words capitalised in letters (`Dear Sirs`, `HR Department`, `the German consulate`, a project's `Grant Agreement`).
  'sirs department hr german french british english spanish italian american san santa val jugendamt agreement',
  // A report's headings (`4. CAUSE RACINE` of an incident's post-mortem; Racine is also a first name).
  'cause',
  // Associations' names (`Handball Club du Val de Cisse`, `ASSOC PETANQUE ST GERVAIS`, `US Mondoubleau`).
  'club clubs handball football rugby basket basketball volley tennis judo petanque gym athletisme cyclisme natation',
  'assoc asso amicale chorale collectif tresorerie us fc st ste safeguarding designated lead building',
  // AI tools and models agents name in prompts (`Claude Sonnet`, `Claude Opus`, `Le Chat de Mistral`).
  'sonnet opus haiku anthropic openai perplexity deepseek llama gemma codestral pixtral grok qwen midjourney dall-e',
  'whisper le la les un une des du de et ou en au aux the of and pour par sur avec dans sans chez vers cher chere',
  'dear hello bonsoir salut voici voila pj nb ps cf etc ok oui non faits motif observations commentaire commentaires',
  // Pronouns opening the next sentence (`M. X. Il a été opéré`).
  'il ils elle elles',
  // Business parks (`ZA de Bel Air`), like the ways above.
  'za zi zac',
  'remarques hebergement pieces cabinet cellule unite plateforme delegation',
  // Organisation words after a brand or a founder's name (`Harmonie Mutuelle`, `Michelin Group`).
  'mutuelle assurances assurance groupe groupement group consulting solutions technologies informatique industries',
  'habitat immobilier formation distribution energie environnement developpement systems software international',
  'europe travaux tp ets sas sarl autocars ambulances mobilite comptabilite imprimerie regie electric paysages',
  // Mailboxes' display names (`Mandatement DFI`, `Astreinte Routes Nord`, `Customer Success Team`).
  'mandatement astreinte team customer success greffe',
  // Vehicles in a carrier's route sheet (`Berline FZ-207-MB`).
  'berline monospace minibus',
  // Breton `ti` (house) in the names of firms and services (`Ti Harmonie`).
  'ti',
);
/** Words before a name that make it a street, school, building, law or method (`rue Victor Hugo`). */
export const PLACE_WORDS = wordSet(
  'rue voie av avenue bd boulevard place allee allees impasse chemin route quai square cours passage esplanade promenade parvis sentier boucle hemicycle',
  'rond-point lotissement residence cite hameau lieu-dit college colleges lycee lycees ecole ecoles gymnase stade salle salon',
  // Army hospitals and networks are named after people too (`HIA Percy`, `le réseau Dante`, `réseau Diwan`).
  'centre hopital chu chr chru hia reseau clinique commissariat gendarmerie tribunal prefecture consulat consulate tempete storm san santa val st ste orchestre collectif compagnie ensemble troupe festival',
  'ehpad csapa mecs cmpp mediatheque ludotheque bibliotheque musee maison-musee theatre pont parc jardin espace fondation association institut universite gare',
  'district province region wilaya commune village mairie aire aires auditorium fonds local vehicule multi-accueil antenne cale chapiteau kiosque abri unite',
  'station aeroport parking relais quartier prix promotion amphitheatre amphi batiment pavillon foyer maison creche halle piscine',
  // A menu named after a chef (`menu Paul Bocuse`), a château's wing (`l'aile Murat`), an animal shelter
  // (`refuge Louise-Michel`), an app (`l'application Léa`) and sea marks (`la balise Jean-Bart`, `tourelle Marie-Jeanne`).
  'cuisine menu aile refuge appli application viaduc passerelle tunnel echangeur barrage tempetes cyclone cyclones ouragan depression traversee hauteurs secteurs canton cantons plage plages digue port ports baie phare balise tourelle',
  // Ships named after people (`le navire ravitailleur Marion Dufresne`, `la frégate Hermione`, `le caboteur "Anna Kristina"`), clubs (`Amicale laïque Jules-Ferry`, `Ciné-club Agnès-Varda`, `FC Jean-Jaurès Espalion`),
  // sites of natural areas (`le marais de Montfort`, `le chêne de Sully`, `la cabane du Père Mathieu`), driving schools (`Auto-école Jean-Jaurès`),
  // recycling centres (`déchèterie Louise-Michel`).
  'navire bateau ravitailleur fregate caboteur chalutier amicale laique cine-club fc marais chene cabane auto-ecole decheterie',
  // Water works (`usine Louis-Pasteur`, `forage Saint-Exupéry`), campsites and trophies (`Camping Victor-Hugo`, `Coupe Marie-Louise Cabrol`).
  'usine reservoir forage captage camping trophee souvenir challenge coupe',
  // Dishes named after people (`pêche Melba`, `crêpes Suzette`, `potage Du Barry`); a lone first name after them: THING_BEFORE (person-name.ts).
  'salade potage crepes pommes pizza peche poire tarte sauce hachis',
  'cinema restaurant hotel cabinet pharmacie campus zone za zi zac ligne arret eglise chapelle cathedrale abbaye chateau',
  'fort mont lac vallee plateau bois foret domaine ferme moulin saint sainte tour immeuble villa site secteur loi lois',
  'decret amendement circulaire rapport plan methode syndrome maladie reforme jurisprudence effet theoreme principe',
  // A chart or a wreck named after someone (`l'abaque de Smith`, `l'épave Marie-Thérèse`).
  'abaque epave',
  'test echelle score indice classification protocole groupe scolaire primaire maternelle elementaire professionnel agricole public',
  // Care and social establishments, named like schools (`MECS Le Roc`, `ESAT Jean Jaurès`), and companies.
  'clg mecs ime itep esat chrs sessad camsp cmpp cmp ssiad foyer-logement sarl eurl sas sasu sci snc scop earl gaec scea gfa mds mdsi cms ccas cias cdas utas',
);
/** Relatives and colleagues named after a possessive (`son fils Nathan`, `ma collègue Inès`). */
const RELATIVES = wordSet(
  'fils fille filles mere pere frere soeur freres soeurs mari femme epoux epouse conjoint conjointe compagnon compagne',
  'petit-fils petite-fille neveu niece oncle tante grand-mere grand-pere enfant enfants bebe collegue agent agente ami',
  'amie cousin cousine',
);
const ENGLISH_RELATIVES = wordSet('daughter son mother father wife husband child brother sister');
const POSSESSIVES = wordSet('son sa mon ma votre notre leur ton ta ses mes vos leurs');
const ENGLISH_POSSESSIVES = wordSet('your his her my their');

/** Whether a two-word role opens with a possessive (`son fils`, `ma collègue`, `her daughter`). */
export const isPossessiveRole = (role: string): boolean => {
  const space = role.indexOf(' ');
  if (space < 0) return false;
  const first = role.slice(0, space);
  return POSSESSIVES.has(first) || ENGLISH_POSSESSIVES.has(first);
};
/** Role words right before a name: one word (`née`) or two (`l'enfant` counts as one, `son fils`). */
export const ROLE_WORDS = new Set([
  ...phraseList(
    "l'enfant|l'usager|l'usagere|l'allocataire|l'agent|l'agente|l'eleve|l'adolescent|l'adolescente",
    "l'interesse|l'interessee|nee|epouse|ep.|veuve|dit|dite|alias|cher|chere|dear|bonjour|bonsoir|merci|hi|hello|salut|coucou",
    'le jeune|la jeune|le mineur|la mineure|le beneficiaire|la beneficiaire|la famille|famille|fam.|la fratrie',
    'fratrie|le couple|les epoux|chez les|la patiente|le patient|le salarie|la salariee|le collegien',
    'la collegienne|le petit|la petite|le bebe|la fillette|le garcon|le demandeur|la demandeuse|the child',
    'the boy|the girl|les enfants|enfants',
  ),
  ...[...POSSESSIVES].flatMap((possessive) => [...RELATIVES].map((noun) => `${possessive} ${noun}`)),
  ...[...ENGLISH_POSSESSIVES].flatMap((possessive) => [...ENGLISH_RELATIVES].map((noun) => `${possessive} ${noun}`)),
]);
/** A form's surname of someone in the file (`Nom de l'enfant : FOFANA`, `Nom du défunt : HADDAD`). */
const PERSONS_SURNAME_LABELS = phraseList(
  "nom de l'enfant|nom de l'eleve|nom du defunt|nom de la defunte|nom du pere|nom de la mere|nom du patient|nom de la patiente",
  "nom de l'agent|nom du beneficiaire|nom de la beneficiaire|nom du demandeur|nom de la demandeuse|nom de l'usager|nom du jeune",
  'nom du mineur|nom de la mineure|nom du salarie|nom de la salariee|nom du conjoint|nom du titulaire|nom du resident|nom de la residente',
);
/** Form labels before `:` (`Nom : DUPONT`, `Prénom : Marie`, `Enfant : MARTIN Lilou`). */
export const LABELS = phraseSet(
  ...PERSONS_SURNAME_LABELS,
  "nom|prenom|prenoms|prenom(s)|nom de naissance|nom d'usage|nom de famille|nom et prenom|prenom et nom|nom prenom",
  // Declared identity of an age assessment, and the names of a married woman (`Nom déclaré : KONATÉ`)
  "nom declare|prenom declare|prenoms declares|nom usuel|nom marital|nom d'epouse|nom de jeune fille",
  'nom, prenom|enfant|mere|pere|parent|parents|agent|agente|usager|usagere|beneficiaire|patient|patiente|demandeur|demandeuse',
  'titulaire|signataire|redacteur|redactrice|interlocuteur|interlocutrice|referent|referente|responsable legal',
  'representant legal|eleve|salarie|salariee|candidat|candidate|conjoint|conjointe|epoux|epouse|destinataire|jeune|mineur|mineure',
  "expediteur|auteur|de la part de|a l'attention de|attention de|name|first name|last name|surname|given name|given names|from|to|account holder",
  // E-mail headers copied with the message (`De : Dupont Marie <…>`, `À : …`, `Cc : …`).
  'de|a|cc|cci',
);
export const SURNAME_LABELS = phraseSet(
  "nom|nom de naissance|nom d'usage|nom de famille|surname|last name|name|nom declare|nom usuel|nom marital|nom d'epouse|nom de jeune fille",
  ...PERSONS_SURNAME_LABELS,
);

/**
 * Words that follow a title, a label or an introduction without being a name: verbs and pronouns of
 * case notes (`Madame indique que…`, `Monsieur est suivi…`), conjunctions, determiners, placeholders.
 */
const NOT_A_NAME = wordSet(
  'est a ai as etait avait sera serait aura aurait ont sont fut eut indique explique precise souhaite souhaiterait assomption je tu cest jai lira',
  // Punctuation dictated to a phone (`madame virgule monsieur virgule à la ligne`).
  'virgule tiret arobase parenthese guillemet guillemets',
  // A marking after `DR` (Diffusion Restreinte), which also is a doctor's title in capitals (`DR SPÉCIAL FRANCE`).
  'special',
  // Peers greeted in a letter (`Chère Consœur`, `Cher Confrère`, `Chère Collègue`).
  'consoeur confrere collegue',
  'demande dit declare signale evoque rapporte reconnait affirme exprime sollicite refuse accepte presente percoit',
  'beneficie vit habite travaille fait suit prend pense ajoute confirme informe sait veut peut doit va vient semble',
  'reste parait nous vous lui leur leurs se ne y en qui que dont ou et ni mais votre notre son sa ses mon ma mes ton',
  'ta tes vos nos ce cette cet ces tout toute tous bien aussi egalement toujours encore deja ensuite puis alors donc',
  'car quand lorsque si non oui au aux sur sous chez pour par avec sans dans vers entre contre pendant depuis apres',
  'avant selon xx xxx untel unetelle inconnu inconnue anonyme neant aucun aucune vide nd na exemple test renseigne mel null',
  // A schema's types in place of values (`"nom": "string"`).
  'string varchar text essai',
  // Who sends a mail or a text message for a service (`De : Gardien Résidence du Parc`, `À : Encadrement DSOL`, `expéditeur : DEPT-INFO`), a badge's profile (`ENCADRANT`).
  'gardien gardienne encadrement encadrant secretariat dept',
  // The words of bilingual forms' labels (`Surname / Nom   First name / Prénom`).
  'first given last surname',
  // An English reply in a chat (`[10:06] Visitor: Great, thanks!`).
  'great',
  'renseignee completer pas plus tres trop deux trois ans mois jours parle decrit raconte comprend craint on',
  // Words of a married or widowed name (`mme durand épouse martin`, `madame veuve …`).
  'epouse ep veuve vve nee madam sir elle-meme lui-meme',
  // Text-message spellings (`mme benali ki touche l'aah`).
  'ki ke koi kil kel ds pr pk bcp tt stp svp dc tjs qd qq ns vs jsuis chui joignable injoignable',
  // What notes say of someone right after their title (`mme seule avec ses 3 enfants`, `mr conteste`).
  'seule seul absente absent enceinte hospitalisee decedee agee fatiguee epuisee inquiete conteste adapte',
);

/**
 * Famous people of the past whose names streets, schools, rooms and prizes bear and whom texts quote
 * (`Victor Hugo`, `Simone Veil`, `Pierre de Coubertin`), in full, folded, hyphens as spaces: such a name
 * with no civil title before it is no one's personal data to guard (see `withoutEponyms` in engine.ts).
 * Those a living agent or user may well be called (`Jean Moulin`, `Claude Bernard`, `Paul Bert`) stay out.
 */
export const EPONYMS = phraseSet(
  // Writers, poets and thinkers.
  'victor hugo|jules verne|emile zola|albert camus|jacques prevert|paul eluard|louis aragon|elsa triolet|arthur rimbaud|paul verlaine',
  'charles baudelaire|guy de maupassant|honore de balzac|gustave flaubert|alexandre dumas|alphonse daudet|jean giono|marcel pagnol',
  'jules renard|hector malot|george sand|marguerite duras|marguerite yourcenar|simone de beauvoir|jean paul sartre|antoine de saint exupery',
  'jean de la fontaine|jean racine|pierre corneille|francois rabelais|pierre de ronsard|joachim du bellay|anatole france|romain rolland',
  'andre malraux|andre gide|marcel proust|jean cocteau|boris vian|robert desnos|rene char|paul valery|charles peguy|jean rostand|edmond rostand',
  'jules michelet|alfred de musset|alphonse de lamartine|alfred de vigny|gerard de nerval|stephane mallarme|guillaume apollinaire',
  'frederic mistral|louise labe|christine de pizan|aime cesaire|leopold sedar senghor|jean jacques rousseau|denis diderot|rene descartes',
  'blaise pascal|michel de montaigne|jean de la bruyere|jean anouilh|marcel ayme|albert schweitzer|anne frank|primo levi|stefan zweig',
  // Scientists, explorers and inventors.
  'louis pasteur|marie curie|pierre curie|irene joliot curie|frederic joliot curie|paul langevin|albert einstein|isaac newton',
  'antoine lavoisier|andre marie ampere|louis braille|jean henri fabre|henri poincare|jacques yves cousteau|paul emile victor',
  'haroun tazieff|theodore monod|charles darwin|nicolas copernic|camille flammarion|hubert reeves|alexandre yersin',
  // Statesmen, resistance fighters and rights campaigners.
  'jean jaures|jules ferry|charles de gaulle|leon blum|leon gambetta|georges clemenceau|aristide briand|robert schuman|simone veil',
  'pierre mendes france|francois mitterrand|georges pompidou|jean zay|lucie aubrac|raymond aubrac|germaine tillion|pierre brossolette',
  'genevieve de gaulle anthonioz|danielle casanova|guy moquet|gabriel peri|olympe de gouges|louise michel|ferdinand buisson|jeanne d\'arc',
  'napoleon bonaparte|nelson mandela|martin luther king|rosa parks|mahatma gandhi|henri dunant|louise weiss|gisele halimi|josephine baker',
  'missak manouchian|felix eboue|toussaint louverture|victor schoelcher|jean monnet|marie marvingt|helene boucher|jean mermoz',
  // Artists, musicians and film makers.
  'claude monet|auguste renoir|paul cezanne|henri matisse|pablo picasso|vincent van gogh|camille claudel|auguste rodin|leonard de vinci',
  'claude debussy|maurice ravel|hector berlioz|georges bizet|edith piaf|georges brassens|jacques brel|charles aznavour|serge gainsbourg',
  'agnes varda|francois truffaut|frida kahlo|niki de saint phalle|toulouse lautrec|henri de toulouse lautrec|wolfgang amadeus mozart',
  // Sport, aviation and education.
  'pierre de coubertin|suzanne lenglen|roland garros|louis bleriot|clement ader|marcel cerdan|alain mimoun|maria montessori',
  'celestin freinet|francoise dolto|jean piaget',
);

/** Whether a folded word after a title, a label or an introduction cannot be a name. */
export const isNotANameWord = (folded: string): boolean => NOT_A_NAME.has(folded) || STOP.has(folded) || LEADS.has(folded) || FUNCTIONS.has(folded) || TITLES.has(folded);

/** A first name of the list that is not also a common word (`rose`, `pierre`, `claire` are left out). */
export const isPlainFirstName = (folded: string): boolean => isFirstName(folded) && !isWordlikeFirstName(folded);
