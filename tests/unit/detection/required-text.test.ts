import { describe, expect, it } from 'vitest';
import { canonicalBlanks, pathsWithoutNeedle } from '@/utils/detection/required-text';

describe('pathsWithoutNeedle', () => {
  it('finds nothing to report when every branch holds a needle', () => {
    expect(pathsWithoutNeedle(/(?:passwords?|mots? de passe|mdp)\s*[:=]\s*\S+/giu, ['pass', 'mdp'])).toEqual([]);
  });

  it('reports the branch without a needle, folded', () => {
    expect(pathsWithoutNeedle(/cl[ée] (?:wifi|wi-fi)/gu, ['wifi'])).toEqual(['cle wi-fi']);
    expect(pathsWithoutNeedle(/(?<![a-z])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22})/gu, ['gh'])).toEqual(['github_pat_…']);
  });

  it('counts a needle spread over several atoms, classes and optional parts', () => {
    expect(pathsWithoutNeedle(/p[aA]s{2}(?:e|word)?/gu, ['pass'])).toEqual([]);
    expect(pathsWithoutNeedle(/[ÉéEe]tat de sant[ée]/gu, ['etat de sante'])).toEqual([]);
    expect(pathsWithoutNeedle(/ab?c/gu, ['ac'])).toEqual(['abc']);
  });

  it('reads runs of blanks as one space, on both sides', () => {
    expect(pathsWithoutNeedle(/n[ée] {1,3}le/gu, ['ne le'])).toEqual([]);
    expect(pathsWithoutNeedle(/net[ \t]+use/gu, ['net use'])).toEqual([]);
    expect(pathsWithoutNeedle(/net[ \t]+use/gu, ['net  use'])).toEqual([]);
    // A hyphen is not a blank.
    expect(pathsWithoutNeedle(/mot[ \t-]de/gu, ['mot de'])).toEqual(['mot-de']);
  });

  it('never counts a needle across something it cannot read', () => {
    // `\p{L}`, a wide class, a long repeat or a look-around may stand between the two halves.
    expect(pathsWithoutNeedle(/pa\p{L}ss/gu, ['pass'])).toEqual(['pa…ss']);
    expect(pathsWithoutNeedle(/pa[a-z]ss/gu, ['pass'])).toEqual(['pa…ss']);
    expect(pathsWithoutNeedle(/pa(?:s){0,9}s/gu, ['pass'])).toEqual(['pas', 'pa…s']);
    expect(pathsWithoutNeedle(/(?<=pass)word/gu, ['pass'])).toEqual(['word']);
  });

  it('refuses a pattern it cannot read rather than passing it', () => {
    expect(() => pathsWithoutNeedle(/ab\cJ/gu, ['a'])).toThrow(/not understood/);
    expect(() => pathsWithoutNeedle(/abc/gu, [''])).toThrow(/Empty needle/);
  });
});

describe('canonicalBlanks', () => {
  it('folds runs of spaces and tabs to one space', () => {
    expect(canonicalBlanks('ne \t le  a')).toBe('ne le a');
  });
});
