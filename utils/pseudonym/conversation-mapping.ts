import { isFirstName } from '@/utils/detection/data/first-names-fr';
import { foldText } from '@/utils/detection/fold';
import type { Finding, FindingType } from '@/utils/detection/types';
import { ageBracketOf } from './age-bracket';
import { PLACEHOLDER_LABELS, PLACEHOLDER_PATTERN, placeholderOf, type PersonRole, roleBefore } from './labels';
import { type PersonKey, personKey } from './person-name';

/** A span of the prompt and what replaces it. */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly placeholder: string;
}

/** One line of the mapping, as the agent's panel lists it. */
export interface MappingEntry {
  readonly placeholder: string;
  readonly type: FindingType;
  /** The value as first written by the agent (variants map to the same entry). */
  readonly value: string;
  /** Added by hand ("also hide this name"). */
  readonly manual: boolean;
}

export interface PseudonymiseOptions {
  /** Dates of birth: a numbered placeholder, or an age bracket that is never restored. */
  readonly dateOfBirth: 'placeholder' | 'ageBracket';
  readonly today?: Date;
}

interface Entry {
  placeholder: string;
  type: FindingType;
  value: string;
  manual: boolean;
  /** Persons only: the name parts used to match spelling variants. */
  person?: { family: string | null; first: string | null };
}

/** Identity of a non-person value: case, accents and separators do not make a new value. */
function valueKey(type: FindingType, value: string): string {
  const folded = foldText(value).trim();
  switch (type) {
    case 'PHONE':
      return `${type}:${folded.replace(/[^\d+]/g, '').replace(/^(?:\+|00)33/, '0')}`;
    case 'NIR': case 'IBAN': case 'CARD_NUMBER': case 'TAX_ID': case 'CAF_NUMBER': case 'COMPANY_ID': case 'LICENSE_PLATE': case 'ID_DOCUMENT':
      return `${type}:${folded.replace(/[^a-z0-9]/g, '')}`;
    default:
      return `${type}:${folded.replace(/[\s.,;:'’-]+/g, ' ').trim()}`;
  }
}

/** Keeps the longest of overlapping spans (then the earliest): a value inside a longer one is not replaced twice. */
function withoutOverlaps<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const span of byLength) if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

const isPlaceholder = (value: string) => /^\[[^\]]{1,40}\]$/.test(value) && (new RegExp(`^${PLACEHOLDER_PATTERN.source}$`).test(value) || /^\[ÂGE_[A-Z0-9_-]+\]$/.test(value));

const isWordChar = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/**
 * The placeholder mapping of one tab's conversation. It lives in the content script's memory
 * only: never stored, never sent, never posted to the page; dropped with the content script when
 * the tab closes, and by `clear()` when the policy's lifetime runs out.
 *
 * - The same value always gets the same placeholder, also across spelling variants of a person
 *   (`Mme Dubois`, `Nathalie Dubois`, `DUBOIS Nathalie`); two different first names with one
 *   family name stay two people.
 * - Different values never share a placeholder; numbering skips placeholder-looking text the
 *   agent wrote themselves (`[USAGER_1]` typed in a prompt is never given to a value).
 */
export class ConversationMapping {
  private entries: Entry[] = [];
  private readonly byKey = new Map<string, Entry>();
  private readonly byPlaceholder = new Map<string, Entry>();
  /** Placeholder-looking strings seen in prompts that are not ours: never allocated. */
  private readonly reserved = new Set<string>();
  private readonly counters = new Map<string, number>();
  /** Values the agent asked to hide by hand, longest first. */
  private manualValues: { value: string; folded: string }[] = [];
  private readonly listeners = new Set<() => void>();

  get size(): number {
    return this.entries.length;
  }

  list(): readonly MappingEntry[] {
    return this.entries.map(({ placeholder, type, value, manual }) => ({ placeholder, type, value, manual }));
  }

  /** The real value behind one of our placeholders (undefined for others, and for age brackets). */
  valueOf(placeholder: string): string | undefined {
    return this.byPlaceholder.get(placeholder)?.value;
  }

  /** Replaces our placeholders in `text` with the real values; anything else is left as it is. */
  restore(text: string): string {
    return text.replace(PLACEHOLDER_PATTERN, (placeholder) => this.byPlaceholder.get(placeholder)?.value ?? placeholder);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Forgets every value. Numbering goes on (the forgotten placeholders stay reserved): answers
   * already on the page still say `[USAGER_1]`, which must never come to mean someone else.
   */
  clear(): void {
    for (const placeholder of this.byPlaceholder.keys()) this.reserved.add(placeholder);
    this.entries = [];
    this.byKey.clear();
    this.byPlaceholder.clear();
    this.manualValues = [];
    this.changed();
  }

  /**
   * Adds a value to hide by hand. It gets its placeholder at once and is searched in every later
   * prompt (`manualFindings`). Returns the placeholder, or null for an empty value.
   */
  addManual(value: string, type: FindingType = 'PERSON_NAME'): string | null {
    const trimmed = value.trim().replace(/\s+/g, ' ');
    if (trimmed.length < 2) return null;
    const folded = foldText(trimmed);
    if (!this.manualValues.some((entry) => entry.folded === folded)) {
      this.manualValues.push({ value: trimmed, folded });
      this.manualValues.sort((a, b) => b.folded.length - a.folded.length);
    }
    const entry = this.entryFor(type, trimmed, 'USAGER', true);
    this.changed();
    return entry.placeholder;
  }

  /** Occurrences of hand-added values in `text`, whole words only, case and accents ignored, longest first. */
  manualFindings(text: string): Finding[] {
    if (this.manualValues.length === 0) return [];
    const folded = foldText(text);
    const found: Finding[] = [];
    for (const { folded: needle } of this.manualValues) {
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
        if (found.some((other) => at < other.end && other.start < end)) continue;
        found.push({ type: 'PERSON_NAME', start: at, end, detector: 'manual', score: 1, severity: 'medium' });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * The replacements for `findings` in `text`, last first so that applying them in order keeps
   * offsets valid, and the resulting text. Overlapping findings keep the longest.
   */
  pseudonymise(text: string, findings: readonly Finding[], options: PseudonymiseOptions): { text: string; replacements: Replacement[] } {
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) if (!this.byPlaceholder.has(match[0])) this.reserved.add(match[0]);
    const folded = foldText(text);
    const replacements: Replacement[] = [];
    // A role word before a name applies to that name only, not to a second name after it.
    let previousPersonEnd = 0;
    for (const finding of withoutOverlaps(findings)) {
      const value = text.slice(finding.start, finding.end);
      // A placeholder (ours or the agent's) is never pseudonymised again.
      if (isPlaceholder(value)) continue;
      let placeholder: string | null = null;
      if (finding.type === 'BIRTH_DATE' && options.dateOfBirth === 'ageBracket') placeholder = ageBracketOf(value, options.today);
      const role = finding.type === 'PERSON_NAME' ? roleBefore(folded, finding.start, previousPersonEnd) : 'USAGER';
      if (finding.type === 'PERSON_NAME') previousPersonEnd = finding.end;
      placeholder ??= this.entryFor(finding.type, value, role, false).placeholder;
      replacements.push({ start: finding.start, end: finding.end, placeholder });
    }
    replacements.reverse();
    this.changed();
    return { text: applyReplacements(text, replacements), replacements };
  }

  // --- internals ---

  private entryFor(type: FindingType, value: string, role: PersonRole, manual: boolean): Entry {
    if (type === 'PERSON_NAME') {
      const key = personKey(value);
      if (key.family || key.first) return this.personEntry(value, key, role, manual);
    }
    const key = valueKey(type, value);
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = this.newEntry(type, PLACEHOLDER_LABELS[type], value, manual);
      this.byKey.set(key, entry);
    }
    return entry;
  }

  /**
   * Matches a person on family name plus first name when both sides know it: `Mme Dubois` joins
   * `Nathalie Dubois` (and learns nothing new), `Nathalie Dubois` fills in an earlier `Mme Dubois`;
   * `Lucas Dubois` never joins `Nathalie Dubois`. A family name alone that fits several people
   * goes to the one met first without a first name, else gets its own placeholder.
   */
  private personEntry(value: string, key: PersonKey, role: PersonRole, manual: boolean): Entry {
    const persons = this.entries.filter((entry) => entry.person);
    let match: Entry | undefined;
    if (key.family && key.first) {
      match = persons.find((entry) => entry.person!.family === key.family && entry.person!.first === key.first);
      if (!match) {
        const sameFamily = persons.filter((entry) => entry.person!.family === key.family);
        // Fill in a family-name-only entry, unless that name already has another first name (ambiguous).
        const fillsIn = sameFamily.length > 0 && sameFamily.every((entry) => entry.person!.first === null) && isFirstName(key.first);
        match = fillsIn ? sameFamily[0] : undefined;
        match ??= persons.find((entry) => entry.person!.family === null && entry.person!.first === key.first && !persons.some((other) => other !== entry && other.person!.first === key.first));
        if (match) match.person = { family: key.family, first: key.first };
      }
    } else if (key.family) {
      const sameFamily = persons.filter((entry) => entry.person!.family === key.family);
      match = sameFamily.length === 1 ? sameFamily[0] : sameFamily.find((entry) => entry.person!.first === null);
    } else {
      const sameFirst = persons.filter((entry) => entry.person!.first === key.first);
      match = sameFirst.length === 1 ? sameFirst[0] : undefined;
    }
    if (match) return match;
    const entry = this.newEntry('PERSON_NAME', role, value, manual);
    entry.person = { family: key.family, first: key.first };
    return entry;
  }

  private newEntry(type: FindingType, label: string, value: string, manual: boolean): Entry {
    let index = this.counters.get(label) ?? 0;
    let placeholder: string;
    do placeholder = placeholderOf(label, ++index);
    while (this.reserved.has(placeholder) || this.byPlaceholder.has(placeholder));
    this.counters.set(label, index);
    const entry: Entry = { placeholder, type, value, manual };
    this.entries.push(entry);
    this.byPlaceholder.set(placeholder, entry);
    return entry;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const replacement of replacements) out = out.slice(0, replacement.start) + replacement.placeholder + out.slice(replacement.end);
  return out;
}
