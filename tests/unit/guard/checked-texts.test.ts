import { describe, expect, it } from 'vitest';
import { CheckedTexts } from '@/utils/guard/checked-texts';

const PROMPT = 'Peux-tu reformuler ce compte rendu de réunion du service des routes ?';
const body = (prompt: string) => `next\n${prompt}\ngpt-4o\nfr-FR`;

describe('CheckedTexts', () => {
  it('cuts a checked prompt out of the body that sends it', () => {
    const checked = new CheckedTexts(15_000);
    checked.remember(PROMPT, 0);
    expect(checked.uncheckedPart(body(PROMPT), 10)).toBe('next\n\n\ngpt-4o\nfr-FR');
  });

  it('finds the prompt a site sends trimmed (the composer held spaces and line breaks around it)', () => {
    const checked = new CheckedTexts(15_000);
    checked.remember(`  ${PROMPT} \n`, 0);
    expect(checked.uncheckedPart(body(PROMPT), 10)).not.toContain(PROMPT);
  });

  it('keeps the whole body once the text is too old, or when it differs', () => {
    const checked = new CheckedTexts(15_000);
    checked.remember(PROMPT, 0);
    expect(checked.uncheckedPart(body(PROMPT), 15_000)).toBe(body(PROMPT));
    const fresh = new CheckedTexts(15_000);
    fresh.remember(PROMPT, 0);
    const edited = `${PROMPT} NIR 2 95 10 99 126 111 93`.replace('Peux-tu', 'Peux tu');
    expect(fresh.uncheckedPart(body(edited), 10)).toBe(body(edited));
  });

  it('never cuts a short text, which could be part of a longer value', () => {
    const checked = new CheckedTexts(15_000);
    checked.remember('06 12', 0);
    expect(checked.uncheckedPart('tel 06 12 34 56 78', 10)).toBe('tel 06 12 34 56 78');
  });

  it('keeps the five latest texts', () => {
    const checked = new CheckedTexts(15_000);
    const prompts = Array.from({ length: 6 }, (_, i) => `${PROMPT} (version ${i})`);
    prompts.forEach((prompt, i) => checked.remember(prompt, i));
    expect(checked.uncheckedPart(prompts[0], 10)).toBe(prompts[0]);
    for (const prompt of prompts.slice(1)) expect(checked.uncheckedPart(prompt, 10)).toBe('\n');
  });
});
