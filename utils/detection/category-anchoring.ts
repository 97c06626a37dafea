import { hasPersonAnchor, identifiedAbove, mailMergeTemplate, namedBefore, opensWithRequest, possessedByWriter, statesARule } from './person-anchor';
import { overlapsAny } from './sorted';
import { textAfter } from './text-window';
import { PERSON_IDENTIFYING_TYPES, type Detector, type FindingType } from './types';

/** Step 5 of a scan (see engine.ts): a category term is kept only where it concerns a person. */

/** What this step reads of a finding, after overlaps are resolved. */
interface ResolvedFinding {
  readonly detector: Detector;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/**
 * Category findings (health, social case, art. 9, art. 10) are only personal data when they concern
 * a person: keep them when their sentence holds a person anchor (title, role, pronoun) or another
 * finding that identifies someone (shared/reference/detectors.md §9.1). `findings` are resolved
 * findings, sorted by start.
 */
export const keepAnchoredCategories = <F extends ResolvedFinding>(findings: F[], text: string, folded: string): F[] => {
  if (!findings.some((finding) => finding.detector.personAnchored)) return findings;
  // Resolved findings are sorted by start and do not overlap: they are sorted by end too.
  // A finding the default policy would not report ties no one to a term (`MDPH de la Guadeloupe –
  // 97109 Basse-Terre Cedex`: a postcode and town, 0.45).
  const identifying = findings.filter((finding) => IDENTIFYING.has(finding.detector.type) && finding.score >= ANCHORING_MIN_SCORE);
  // Findings that name someone surely (a first name and a surname or a title and a name, scored 0.8
  // or more; a birth date, a personal identifier; not contact data, which services have too:
  // `Service RSA, BP 123`) tie the paragraph around them to that person, as a title does:
  // `Dylan Maurel :` ↵ `- sorti de détention en juin`.
  // Scores compared as reported, to the hundredth (0.7 + 0.1 is 0.7999… in floating point).
  const surely = identifying.filter(({ detector, score }) => (detector.type === 'PERSON_NAME' ? Math.round(score * 100) >= STRONG_NAME_SCORE * 100 : !CONTACT_TYPES.has(detector.type)));
  const namedStarts = surely.map((finding) => finding.start);
  // The same and any name, a first name alone too (`Noah a 10 ans…`), for the sentences that go on
  // with `il`, `elle`.
  const namedOrAnyNameStarts = identifying.filter(({ detector }) => detector.type === 'PERSON_NAME' || !CONTACT_TYPES.has(detector.type)).map((finding) => finding.start);
  const identifierStarts = surely.filter((finding) => finding.detector.type !== 'PERSON_NAME').map((finding) => finding.start);
  // What heads a person's file (see `identifiedAbove`): a personal identifier, or a name with the person's
  // address right after it on its line (`Mme Andrée Castagné, 2 allée des Peupliers, 31800 Saint-Gaudens`,
  // `M. Yanis BELKACEM, 26 ans, 3 rue Lamartine`).
  const addressedNames = new Set(findings.filter((finding, k) => finding.detector.type === 'PERSON_NAME' && findings[k + 1]?.detector.type === 'POSTAL_ADDRESS' && addressFollows(text, finding.end, findings[k + 1].start)));
  const fileIdentifierStarts = surely.filter((finding) => FILE_IDENTIFIER_TYPES.has(finding.detector.type) || addressedNames.has(finding)).map((finding) => finding.start);
  const anchored = new Map<number, boolean>();
  let template: boolean | undefined;
  return findings.filter((finding) => {
    if (!finding.detector.personAnchored) return true;
    // The writer's own state (`depuis mon infarctus`, `ma polyarthrite`, `mon congé de longue maladie`),
    // not a form's wording (`demande mon élection de domicile` under `[NOM PRÉNOM]`).
    if (possessedByWriter(folded, finding.start) && !(template ??= mailMergeTemplate(text))) return true;
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, finding.start, finding.end);
    if (overlapsAny(identifying, sentenceStart, sentenceEnd)) return true;
    // Category terms often share a sentence: look for its anchor once.
    const key = sentenceStart * (text.length + 1) + sentenceEnd;
    let anchor = anchored.get(key);
    if (anchor === undefined) {
      // A rule or a procedure speaks of anyone (`si l'enfant est en danger, le juge peut ordonner un
      // placement`, `Un agent peut-il refuser une mission dans une mosquée ?`): its role words are no
      // one, nor are a mail merge's template's (`votre demande` above `«NUM_DOSSIER»`). A person named
      // surely before it still is (below).
      anchor = !statesARule(folded, sentenceStart, sentenceEnd) && !(template ??= mailMergeTemplate(text)) && hasPersonAnchor(text, folded, sentenceStart, sentenceEnd);
      // Only before the sentence: a person is named, then spoken of; a name after the term is
      // often the agent signing the request (`… le handicap.` ↵ `Cordialement,` ↵ `Marie Dupont`).
      if (!anchor && namedOrAnyNameStarts.length > 0) {
        const starts = PRONOUN_OPENS.test(textAfter(folded, sentenceStart, 8)) ? namedOrAnyNameStarts : namedStarts;
        if (starts.length > 0) anchor = namedBefore(text, folded, sentenceStart, sentenceEnd, starts, identifierStarts);
      }
      // A file's statements; not a request or a question put to the assistant below it (`Explique les
      // conditions pour devenir tiers digne de confiance.`, `Quelles sont les missions du SPIP ?`).
      if (!anchor && identifiedAbove(fileIdentifierStarts, sentenceStart)) {
        anchor = !statesARule(folded, sentenceStart, sentenceEnd) && !opensWithRequest(folded, sentenceStart) && !/\?\s*$/.test(text.slice(sentenceStart, sentenceEnd));
      }
      anchored.set(key, anchor);
    }
    return anchor;
  });
};

const NAME_ADDRESS_ASIDE_LENGTH = 24;
/** A name's address after it: right after, or past a short aside on the same line (`, 26 ans, `, `, veuve, `). */
const addressFollows = (text: string, nameEnd: number, addressStart: number): boolean => addressStart - nameEnd < 4
  || (addressStart - nameEnd <= NAME_ADDRESS_ASIDE_LENGTH && !/[\n.;:]/.test(text.slice(nameEnd, addressStart)));

const STRONG_NAME_SCORE = 0.8;
/** The default policy's lowest threshold (policies/defaults.ts, `defaultMinScore`). */
const ANCHORING_MIN_SCORE = 0.5;
/** A sentence that opens with a subject pronoun speaks of someone named before it. */
const PRONOUN_OPENS = /^[\s"«(-]*(?:il|elle|ils|elles) /;
const CONTACT_TYPES = new Set<FindingType>(['EMAIL', 'PHONE', 'POSTAL_ADDRESS']);
/** Identifiers that head a person's file (see `identifiedAbove`); bank cards, IBANs and plates fill lists of payments and vehicles. */
const FILE_IDENTIFIER_TYPES = new Set<FindingType>(['NIR', 'BIRTH_DATE', 'CAF_NUMBER', 'ID_DOCUMENT', 'TAX_ID']);

const IDENTIFYING = new Set<FindingType>(PERSON_IDENTIFYING_TYPES);
const HEADING_MAX_LENGTH = 32;
const HEADING_COLON_END = /:[ \t]*$/;
const SENTENCE_LIMIT = 300;

/** The sentence (or table row) around a span: bounded by . ! ? or a line break, at most 300 chars each way. */
export const sentenceBounds = (text: string, start: number, end: number): [number, number] => {
  let from = start;
  const floor = Math.max(0, start - SENTENCE_LIMIT);
  while (from > floor) {
    const ch = text.charCodeAt(from - 1);
    if (ch === 10 || ch === 13) break;
    if ((ch === 46 || ch === 33 || ch === 63) && (from === text.length || text.charCodeAt(from) === 32)) break;
    from--;
  }
  let to = end;
  const ceiling = Math.min(text.length, end + SENTENCE_LIMIT);
  // A short heading's colon at the line's end (`Obligés alimentaires :` ↵ `- fils : M. …`): its first
  // line of value goes with it. Not a request's (`Rédige le courrier au juge des enfants :` ↵ …).
  let colonLine = false;
  while (to < ceiling) {
    const ch = text.charCodeAt(to);
    if (ch === 10 || ch === 13) {
      if (colonLine || ch === 13 || to - from > HEADING_MAX_LENGTH || !HEADING_COLON_END.test(text.slice(Math.max(from, to - 8), to))) break;
      colonLine = true;
    }
    if ((ch === 46 || ch === 33 || ch === 63) && (to + 1 === text.length || text.charCodeAt(to + 1) === 32 || text.charCodeAt(to + 1) === 10)) break;
    to++;
  }
  return [from, to];
};
