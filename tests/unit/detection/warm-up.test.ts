import { describe, expect, it } from 'vitest';
import { scan } from '@/utils/detection/engine';
import { WARM_UP_ROWS, WARM_UP_TEXT, WARM_UP_TEXT_TWO_BYTE, warmUpSteps } from '@/utils/detection/warm-up';
import { normalizeText } from '@/utils/detection/normalize';
import { DETECTORS } from '@/utils/detection/registry';

describe('engine warm-up before the first send', () => {
  it('the warm-up prompt reaches the detectors whose data or patterns are costly the first time', () => {
    const types = new Set(scan(WARM_UP_TEXT).map((finding) => finding.type));
    // person names decode the first-name list; `+33` phones decode the phone metadata.
    for (const type of ['PERSON_NAME', 'PHONE', 'EMAIL', 'NIR', 'IBAN', 'POSTAL_ADDRESS', 'BIRTH_DATE', 'HEALTH', 'SOCIAL_CASE', 'SECRET'] as const) expect(types, type).toContain(type);
  });

  it('the lines of lists and exports take the name checks and normalisation through their paths for such lines, most of them holding a finding', () => {
    const findings = scan(WARM_UP_ROWS);
    let lineStart = 0;
    const unfound: string[] = [];
    for (const line of WARM_UP_ROWS.split('\n')) {
      const lineEnd = lineStart + line.length;
      if (!findings.some((finding) => finding.start >= lineStart && finding.end <= lineEnd)) unfound.push(line);
      lineStart = lineEnd + 1;
    }
    // Headers, a closing formula, and a first name also a surname with nothing to make it one.
    expect(unfound).toEqual(['NOM;Prénom;Aide', 'Martin a appelé.', 'Nom      Prénom    Aide', 'Cordialement,']);
    // Names in each shape: a CSV row's two cells, the SQL values, the initials after the label, the address book's and the
    // file's, a surname in capitals before its first name, a fixed-width table's cells, the signature.
    expect(findings.filter((finding) => finding.type === 'PERSON_NAME')).toHaveLength(17);
  });

  it('a copy of it stays two bytes per character once normalised, and reaches the same detectors', () => {
    // V8 compiles a regex apart for such strings: a character that normalisation turns into Latin-1 (`’`) would not do.
    const { text, folded } = normalizeText(WARM_UP_TEXT_TWO_BYTE);
    expect(/[^\u0000-\u00ff]/.test(text) && /[^\u0000-\u00ff]/.test(folded)).toBe(true);
    const detectors = (prompt: string) => new Set(scan(prompt).map((finding) => finding.detector));
    expect(detectors(WARM_UP_TEXT_TWO_BYTE)).toEqual(detectors(WARM_UP_TEXT));
  });
});

describe('warm-up steps', () => {
  it('a step decoding the first names, three steps per detector and a last one with all of them, each runs without error and leaves later scans unchanged', () => {
    const steps = warmUpSteps();
    expect(steps).toHaveLength(1 + 3 * DETECTORS.length + 1);
    const before = scan(WARM_UP_TEXT);
    for (const step of steps) step();
    expect(scan(WARM_UP_TEXT)).toEqual(before);
  });
});
