import { foldText } from '@/utils/detection/fold';

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, jan: 1, january: 1, fevrier: 2, fevr: 2, fev: 2, feb: 2, february: 2, mars: 3, mar: 3, march: 3,
  avril: 4, avr: 4, apr: 4, april: 4, mai: 5, may: 5, juin: 6, june: 6, jun: 6, juillet: 7, juil: 7, july: 7, jul: 7,
  aout: 8, aug: 8, august: 8, septembre: 9, sept: 9, sep: 9, september: 9, octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11, decembre: 12, dec: 12, december: 12,
};

/** Reads a date of birth as the engine finds them (`12/03/1984`, `1984-03-12`, `3 août 1967`, `12/3/84`). */
export function parseBirthDate(value: string, today: Date): Date | null {
  const text = foldText(value).trim();
  let day: number, month: number, year: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
  } else if ((match = /^(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})$/.exec(text)) && MONTHS[match[2]]) {
    [day, month, year] = [Number(match[1]), MONTHS[match[2]], Number(match[3])];
  } else return null;
  if (year < 100) year += year <= today.getFullYear() % 100 ? 2000 : 1900;
  const date = new Date(year, month - 1, day);
  if (date.getMonth() !== month - 1 || date.getDate() !== day || date > today) return null;
  return date;
}

function ageOn(birth: Date, today: Date): number {
  let age = today.getFullYear() - birth.getFullYear();
  if (today.getMonth() < birth.getMonth() || (today.getMonth() === birth.getMonth() && today.getDate() < birth.getDate())) age--;
  return age;
}

/**
 * An age bracket instead of a date of birth: fine for children (the steps that matter in child
 * protection), by decade for adults. `[ÂGE_30-39_ANS]`, `[ÂGE_MOINS_DE_3_ANS]`, `[ÂGE_80_ANS_ET_PLUS]`.
 * Null when the date cannot be read (the caller falls back to a numbered placeholder).
 */
export function ageBracketOf(value: string, today = new Date()): string | null {
  const birth = parseBirthDate(value, today);
  if (!birth) return null;
  const age = ageOn(birth, today);
  if (age < 3) return '[ÂGE_MOINS_DE_3_ANS]';
  const steps: readonly [number, number][] = [[3, 5], [6, 10], [11, 14], [15, 17], [18, 24], [25, 29]];
  for (const [low, high] of steps) if (age <= high && age >= low) return `[ÂGE_${low}-${high}_ANS]`;
  if (age >= 80) return '[ÂGE_80_ANS_ET_PLUS]';
  const decade = Math.floor(age / 10) * 10;
  return `[ÂGE_${decade}-${decade + 9}_ANS]`;
}

/** Age brackets look like placeholders but stand for no single value: they are never restored. */
export const AGE_BRACKET_PATTERN = /\[ÂGE_[A-Z0-9_-]+\]/g;
