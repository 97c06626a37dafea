import { defineDetector } from '../../define-detector';
import { NOT_AFTER_WORD } from './_terms';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { testAfter, testBefore, textAfter, textBefore } from '../../text-window';

/**
 * Confidentiality markings of a document pasted into a prompt: `Diffusion restreinte` (and its
 * abbreviation `DR` in marking shape: `[DR]`, `DR -`, at the start of a line), `Confidentiel`,
 * `Strictement confidentiel`, `Confidentiel – ne pas diffuser`, `CONFIDENTIEL RH`, `Secret médical`,
 * `Secret professionnel`, `Usage interne uniquement`, `Ne pas diffuser`, `Document interne`,
 * `Sous embargo`; English `Confidential`, `Internal use only`, `Do not distribute`.
 *
 * Not person-anchored: the marking is itself the signal. But `confidentiel` as an ordinary
 * adjective in a sentence (`les données sont confidentielles`, `un rapport confidentiel sur la
 * politique`) is not a marking: the bare word is reported only in marking shape (line start or
 * end, upper case, or right before `:`/`–`/`-`/`)`/`]`), while the explicit instructions
 * (`ne pas diffuser`, `diffusion restreinte`, `usage interne uniquement`, `secret médical`) are
 * reported wherever they appear.
 *
 * Source: IGI 1300 (mention « Diffusion Restreinte »), usual marking practice of local
 * authorities. Examples are fictitious.
 */

const PATTERN = new RegExp(
  [
    // A marking and its instruction together are one finding (`Confidentiel - ne pas diffuser`,
    // `Document interne – ne pas diffuser`, `Confidential – do not forward`).
    "(?:(?:STRICTEMENT |TR[ÈE]S )?CONFIDENTI(?:EL|ELLE|AL)|(?:[Ss]trictement |[Tt]r[èe]s )?[Cc]onfidenti(?:el|elle|al)|[Dd]ocument interne|DOCUMENT INTERNE|[Uu]sage interne|[Dd]iffusion restreinte|DIFFUSION RESTREINTE|[Ii]nternal(?: use only)?) ?[-–:,/] ?(?:[Nn]e pas (?:diffuser|communiquer|transmettre|transf[ée]rer)|NE PAS (?:DIFFUSER|COMMUNIQUER|TRANSMETTRE|TRANSF[ÉE]RER)|[Dd]o not (?:distribute|share|forward)|DO NOT (?:DISTRIBUTE|SHARE|FORWARD))",
    // Explicit instructions: reported anywhere.
    "[Dd]iffusion (?:restreinte|limit[ée]e|interdite)|DIFFUSION (?:RESTREINTE|LIMIT[ÉE]E|INTERDITE)",
    // A letter's marking (`Personnel et confidentiel`).
    '[Pp]ersonnel et confidentiel|PERSONNEL ET CONFIDENTIEL',
    "(?:[Nn]e|NE) (?:pas|PAS) (?:diffuser|communiquer|transmettre|transf[ée]rer|DIFFUSER|COMMUNIQUER|TRANSMETTRE|TRANSF[ÉE]RER)(?: (?:à l'extérieur|a l'exterieur|hors (?:du service|de la direction)))?",
    "[Ss]ecret (?:m[ée]dical|professionnel|d'[ÉéEe]tat|d[ée]fense)|SECRET (?:M[ÉE]DICAL|PROFESSIONNEL|D[ÉE]FENSE)",
    "(?:[Uu]sage|USAGE) (?:interne|INTERNE)(?: (?:uniquement|exclusivement|seulement|UNIQUEMENT))?|(?:[Pp]our|POUR) (?:usage|USAGE) (?:interne|INTERNE)",
    "[Dd]ocument (?:interne|confidentiel|strictement confidentiel)(?= *(?:[-:–)\\]\\n]|$))|DOCUMENT (?:INTERNE|CONFIDENTIEL)",
    "(?:[Ss]ous|SOUS) (?:embargo|EMBARGO)",
    // The UK government's markings (`OFFICIAL-SENSITIVE`, as a partner's social services write it).
    'OFFICIAL[- ]SENSITIVE|Official[- ]Sensitive',
    "[Ii]nternal use only|INTERNAL USE ONLY|[Dd]o not (?:distribute|share|forward)|DO NOT (?:DISTRIBUTE|SHARE|FORWARD)",
    // `Confidentiel` in marking shape: capitals (optionally followed by a short upper-case service),
    // or a capitalised word at a line start/end or before punctuation.
    "(?:STRICTEMENT |TR[ÈE]S )?CONFIDENTI(?:EL|ELLE|AL)(?: (?:RH|DRH|DGS|DSI|DG|M[ÉE]DICAL|PERSONNEL|DIRECTION|D[ÉE]FENSE)(?![\\p{L}\\p{N}]))?",
    // Mixed-case `Confidentiel` and `Note confidentielle`, and `DR`: the marking shape (line start,
    // bracket, dash or colon around it) is checked by `validate`, which keeps lookbehinds out of
    // the pattern (they would be evaluated at every position of the text).
    "(?:[Ss]trictement |[Tt]r[èe]s )?[Cc]onfidenti(?:el|elle|al)",
    "(?:Note|Document|Courrier|Message|Mail|Rapport|Compte rendu|Annexe|Fiche|Dossier|Information|Pli|Envoi)s? (?:strictement |tr[èe]s )?confidenti(?:el|elle)s?",
    'DR',
  ]
    .map((part) => `(?:${part})`)
    .join('|'),
  'gu',
);

/** The instruction part of a combined marking, in folded text. */
const INSTRUCTION = /(?:ne pas (?:diffuser|communiquer|transmettre|transf[ée]rer)|do not (?:distribute|share|forward))$/;

/** A document word opening a marking (`note confidentielle`). */
const DOCUMENT_WORD_START = /^(?:note|document|courrier|message|mail|rapport|compte rendu|annexe|fiche|dossier|information|pli|envoi)s? /;

/** People bound by a secret (`sont soumis au`), or what a sentence says stays under it (`reste couvert par le`). */
const BOUND_BY_SECRET_BEFORE = /(?:sont|est|etre|restent|reste) (?:soumis|soumise|soumises|tenus|tenue|tenues|tenu|couverte?s?) (?:au |a |par )?(?:le |la )?$/;

/** The key of a label's value in code or JSON, then the quote that opens the value (`libelle: '`, `"label": "`). */
const LABEL_KEY_BEFORE = /(?:libelle|label|intitule|texte?|titre|title)['"]? ?[:=] ?['"`]$/;

/** What an instruction `ne pas …` is about (a determiner: something named), or to whom or on what (`à l'`, `sur`). */
const INSTRUCTION_OBJECT_AFTER = /^ (?:ces|cette|cet|ce|les|le|la|l'|son|sa|ses|leur|leurs|vos|votre|nos|notre|mon|ma|mes|d'|de|des|aux?|a l'|sur) ?[a-z]/;

/** Words that make `confidentiel` prose rather than a marking. */
const PROSE_BEFORE_MARKING = /(?:sont|est|reste|restent|soit|rester|etre|de facon|de maniere|a titre|caractere|traitement|donnees|informations|plus|moins|le|la|un|une|des|du) $/;

/** What a secret covers or binds (`couverts par le secret`). */
const SECRET_COVERING_BEFORE = /(?:couvert|couverte|soumis|soumise|protege|protegee|(?<!qui )releve|relevant|sceau|titre du|au nom du) (?:par |au |du |de |le |la )?(?:le |la )?$/;

/** `mention` or `mentions` (`une mention telle que`, `une mention d'embargo ou de`) or a policy's `niveaux :`, then the markings quoted before this one (`la mention « Confidentiel », d'autres « Diffusion restreinte »`) and the words of its own quotation before it (`« Très secret – ne pas diffuser »`); or a marking quoted after what documents bear (`les notes portent « Diffusion restreinte »`), folded (see `validate`). */
const MARKINGS_NAMED_BEFORE = /(?:^|[^a-z])(?:(?:mentions? (?:telles? que |de type |[a-z']+ ou de )?|niveaux? (?:de [a-z]+ )?: )(?:(?:« ?|")[^»"\n]{1,40}(?: ?»|")(?:,| et| ou)(?: d'autres)? )*(?:(?:« ?|")[^»"\n]{0,20})?|(?:portent|porte|portant|apposer|appose|marquees?|marques?|tamponnees?|tamponnes?) (?:« ?|"))$/;

export default defineDetector({
  id: 'confidential',
  type: 'CONFIDENTIAL',
  pattern: new RegExp(`${NOT_AFTER_WORD}(?:${PATTERN.source})(?![\\p{L}\\p{N}])`, 'gu'),
  prefilter: phraseList('diffus|confiden|secret|interne|embargo|internal|do not|dr|communiquer|transmettre|transferer|official'),
  baseScore: 0.85,
  priority: 45,
  validate: (_value, context) => {
    const { text, folded, start, end } = context;
    // A marking named, not applied (`garde la mention CONFIDENTIEL en tête`, `la mention « Diffusion
    // restreinte »`), and those listed after it (`les mentions « Diffusion restreinte », « Confidentiel » et …`).
    if (testBefore(folded, start, MARKINGS_NAMED_BEFORE, 160)) return false;
    // A marking as the label of a value in code (`INTERNE: { libelle: 'Usage interne uniquement' }`): a level listed, applied to nothing.
    if (testBefore(folded, start, LABEL_KEY_BEFORE, 16) && /^['"`]/.test(textAfter(text, end, 1))) return false;
    // `secret professionnel`/`secret médical` is a marking only as such (`Document couvert par le
    // secret médical`, a line of its own, not a line of prose: `secret professionnel partagé (art.
    // L. 226-2-2)`); "un guide sur le secret professionnel" is a topic, and so
    // is a rule about a kind of documents ("les documents couverts par le secret médical").
    if (
      folded.startsWith('secret', start) &&
      // A citation of the law after it makes it the law's topic (`reste couvert par le secret professionnel (art. L. 221-6 du CASF)`).
      (testAfter(folded, end, /^ \((?:art|l\. ?\d)/, 8) ||
        (!testBefore(folded, start, SECRET_COVERING_BEFORE, 30) && (!testBefore(folded, start, /(?:^|\n|\[|(?:^|\n)\() ?$/, 3) || testAfter(folded, end, /^ [a-z]/, 2))) ||
        // The marking opening its line already says it (`CONFIDENTIEL — document couvert par le secret professionnel`).
        testBefore(folded, start, /(?:confidentiel|diffusion restreinte)[^\n]*$/, 80) ||
        // People bound by a secret (`les assistants sociaux sont soumis au secret professionnel`), or a fact said to stay under
        // it (`le motif reste couvert par le secret professionnel.`): a rule, not a marking.
        testBefore(folded, start, BOUND_BY_SECRET_BEFORE, 30))
    ) {
      return false;
    }
    // An instruction about something named after it (`ne pas communiquer ces adresses aux partenaires`), or to whom or on
    // what (`à ne pas transmettre à l'interprète`, `ne pas communiquer sur l'affaire`), is prose.
    if (/^ne pas /.test(folded.slice(start, end)) && testAfter(folded, end, INSTRUCTION_OBJECT_AFTER, 12)) return false;
    // `les données sont confidentielles`, `de façon confidentielle`: a lower-case adjective inside a
    // sentence (the marking shapes above only let it through at a line start or before punctuation).
    const word = folded.slice(start, end);
    const raw = text.slice(start, end);
    const left = textBefore(text, start, 3);
    const right = textAfter(text, end, 4);
    const lineStart = /(?:^|\n)[ \t]{0,3}$/.test(left) || start === 0;
    // `sous embargo` in lower case is prose (`notes transmises à la presse sous embargo la veille`) unless it gives its date.
    if (raw === 'sous embargo' && !testAfter(folded, end, /^ jusqu/, 7)) return false;
    if (raw === 'DR') return (/\[ ?$/.test(left) && /^ ?\]/.test(right)) || (lineStart && /^ ?[-–:]/.test(right));
    // At a line start, or ending a header line after a dash or a colon (`Direction Enfance Famille – Document confidentiel`).
    if (DOCUMENT_WORD_START.test(word)) return lineStart || (/[-–:|] $/.test(left) && /^[ \t]*(?:\r?\n|$)/.test(right));
    // With its instruction (`confidentiel - ne pas diffuser`) it is a marking wherever it stands, as
    // the instruction alone would be.
    if (/^(?:strictement |tres )?confidenti/.test(word) && !/^(?:STRICTEMENT |TR[ÈE]S )?CONFIDENTI/.test(raw) && !INSTRUCTION.test(word)) {
      // Mixed case: at a line start (Markdown heading or emphasis marks allowed), after a bracket or
      // quote, or after a dash or colon.
      const markedLeft = lineStart || testBefore(text, start, /(?:^|\n)[ \t]{0,3}[*_#>]{1,4} ?$/, 8) || /[[(«"] ?$/.test(left) || /[-–:] $/.test(left) || /\. $/.test(left);
      const markedRight = /^ *(?:[-–:.,)\]»"*_\n]|$)/.test(right);
      if (!markedLeft || (!markedRight && !lineStart)) return false;
      if (testBefore(folded, start, PROSE_BEFORE_MARKING, 15)) return false;
    }
    return true;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'CONFIDENTIEL — document couvert par le secret professionnel\nMDS de Vierzon',
    'Diffusion restreinte\nNote pour le comité de direction',
    'CONFIDENTIEL RH\nCourrier de mise en demeure',
    'Confidentiel - ne pas diffuser',
    'Direction Enfance Famille – Document confidentiel\n\nMonsieur,',
    'Ce message et ses pièces jointes sont confidentiels – ne pas transférer',
    'Personnel et confidentiel\nDe : Mme X',
    'Document couvert par le secret médical, merci de le résumer',
    "Usage interne uniquement : tableau des effectifs",
    '[DR] Projet de réorganisation',
    '**Confidentiel** : tableau des primes',
    'Je te colle la note (confidentiel - ne pas diffuser) pour que tu la résumes',
  ],
  noMatch: [
    // A policy's levels of marking, listed.
    'Nos quatre niveaux : « Public », « Usage interne », « Diffusion restreinte » et « Confidentiel ». Pour chacun, donne des exemples.',
    "INTERNE: { libelle: 'Usage interne uniquement', couleur: '#b34000' },",
    "Réponds de façon générale, en distinguant ce qui relève du secret médical et ce qui relève du projet pour l'enfant.",
    "Certains rapports portent la mention « Confidentiel », d'autres « Diffusion restreinte » ou « Ne pas diffuser ».",
    'Les chemises portent la mention « SECRET » ou « Très secret – ne pas diffuser », tamponnée en 1944.',
    'Les notes sont transmises à la presse sous embargo la veille à 18 h.',
    "Faut-il apposer une mention d'embargo ou de diffusion restreinte sur les rapports transmis à la presse ?",
    'On m\'a dit que les notes au cabinet portent « Diffusion restreinte ». Est-ce une obligation ?',
    'Un écrit pseudonymisé reste couvert par le secret professionnel (art. L. 221-6 du CASF) tant qu\'il peut être rattaché à une situation.',
    'Explique la différence entre les mentions « Diffusion restreinte », « Confidentiel », « Usage interne uniquement » et l\'absence de mention',
    'Les documents portant une mention telle que « Diffusion restreinte » ou « Confidentiel » restent dans le SI du Département.',
    'Les plis portant une mention de type « Personnel » ou « Confidentiel » ne sont pas ouverts par le service courrier.',
    'Les données des usagers sont confidentielles',
    'Voir en annexe – note confidentielle sur le budget 2026 à venir',
    'Programme de la formation :\n- secret professionnel partagé (art. L. 226-2-2 CASF)',
    'Reformule ce rapport. Garde la mention CONFIDENTIEL en tête.',
    '120 ans pour les documents couverts par le secret médical',
    'Rédige la réponse en restant prudent (secret professionnel)',
    'Le partage se fait dans le respect du secret professionnel. »',
    'Les assistants de service social sont soumis au secret professionnel (art. L. 411-3 CASF).',
    'Vous recevrez un accusé de réception ; le détail de l\'évaluation reste couvert par le secret professionnel.\nQ : Le portail ne fonctionne pas.',
    // An offence named, not a marking.
    "Le couple a porté plainte contre l'interprète pour violation du secret professionnel.",
    'base de recette sur 203.0.113.7 — ne pas communiquer ces adresses aux partenaires',
    "n° de sécurité sociale (pour le dossier, à ne pas transmettre à l'interprète)",
    'Points de vigilance : ne pas communiquer sur la procédure en cours',
    'Le Dr Martin recevra la famille',
    "Explique ce qu'est une information confidentielle au sens du RGPD",
    'Le DRH valide les congés',
    'un rapport *confidentiel* sur la politique du logement',
  ],
};
