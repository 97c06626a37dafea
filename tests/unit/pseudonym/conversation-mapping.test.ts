import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/utils/detection/types';
import { ageBracketOf } from '@/utils/pseudonym/age-bracket';
import { ConversationMapping } from '@/utils/pseudonym/conversation-mapping';
import { roleBefore } from '@/utils/pseudonym/labels';
import { MappingLifetime } from '@/utils/pseudonym/lifetime';
import { personKey } from '@/utils/pseudonym/person-name';

const at = (text: string, value: string, type: Finding['type'], from = 0): Finding => {
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`${value} not in text`);
  return { type, start, end: start + value.length, detector: 'test', score: 0.9, severity: 'medium' };
};
const OPTIONS = { dateOfBirth: 'placeholder' as const };
const run = (mapping: ConversationMapping, text: string, spans: [string, Finding['type']][], options = OPTIONS) => {
  const seen = new Map<string, number>();
  const findings = spans.map(([value, type]) => {
    const finding = at(text, value, type, seen.get(value) ?? 0);
    seen.set(value, finding.end);
    return finding;
  });
  return mapping.pseudonymise(text, findings, options).text;
};

describe('placeholders', () => {
  it('use French labels per type and the role of each person from the words before the name', () => {
    const mapping = new ConversationMapping();
    const text = "Mme Nathalie Dubois et son fils Lucas Dubois, suivis par l'assistante sociale Claire Martin. Tél 06 12 34 56 78, nathalie.dubois@example.fr, 12 rue des Lilas 75011 Paris, NIR 2 95 10 99 126 111 93, IBAN FR76 3000 6000 0112 3456 7890 189.";
    const out = run(mapping, text, [
      ['Nathalie Dubois', 'PERSON_NAME'], ['Lucas Dubois', 'PERSON_NAME'], ['Claire Martin', 'PERSON_NAME'], ['06 12 34 56 78', 'PHONE'],
      ['nathalie.dubois@example.fr', 'EMAIL'], ['12 rue des Lilas 75011 Paris', 'POSTAL_ADDRESS'], ['2 95 10 99 126 111 93', 'NIR'], ['FR76 3000 6000 0112 3456 7890 189', 'IBAN'],
    ]);
    expect(out).toBe("Mme [USAGER_1] et son fils [ENFANT_1], suivis par l'assistante sociale [AGENT_1]. Tél [TÉLÉPHONE_1], [COURRIEL_1], [ADRESSE_1], NIR [NIR_1], IBAN [IBAN_1].");
  });

  it('find the role from the nearest context word in the same sentence only', () => {
    expect(roleBefore('la fille de ', 12)).toBe('ENFANT');
    expect(roleBefore('notre collegue ', 15)).toBe('AGENT');
    expect(roleBefore('signature : ', 12)).toBe('AGENT');
    expect(roleBefore('mon enfant est malade. madame ', 30)).toBe('USAGER');
    expect(roleBefore('referente de la mineure ', 24)).toBe('ENFANT');
    expect(roleBefore('sa fille lea dubois et ', 23, 19)).toBe('USAGER');
  });
});

describe('consistency across the conversation', () => {
  it('gives the same value the same placeholder in later prompts, whatever its case, accents or spacing', () => {
    const mapping = new ConversationMapping();
    expect(run(mapping, 'Écrire à a.b@example.fr et appeler 06 12 34 56 78', [['a.b@example.fr', 'EMAIL'], ['06 12 34 56 78', 'PHONE']])).toBe('Écrire à [COURRIEL_1] et appeler [TÉLÉPHONE_1]');
    expect(run(mapping, 'Relancer A.B@EXAMPLE.FR, tél. 06.12.34.56.78 ou +33 6 12 34 56 78', [['A.B@EXAMPLE.FR', 'EMAIL'], ['06.12.34.56.78', 'PHONE'], ['+33 6 12 34 56 78', 'PHONE']])).toBe('Relancer [COURRIEL_1], tél. [TÉLÉPHONE_1] ou [TÉLÉPHONE_1]');
    expect(mapping.size).toBe(2);
  });

  it('joins spelling variants of one person: title, case, accents, word order', () => {
    const mapping = new ConversationMapping();
    const text = 'Mme Dubois est venue. Nathalie Dubois a signé. DUBOIS Nathalie, née ailleurs. Madame DUBOIS. nathalie dubois. Nathalie Dübois';
    const values = ['Dubois', 'Nathalie Dubois', 'DUBOIS Nathalie', 'Madame DUBOIS', 'nathalie dubois', 'Nathalie Dübois'];
    const findings = values.map((value) => at(text, value, 'PERSON_NAME'));
    findings[3] = { ...findings[3], start: findings[3].start + 'Madame '.length };
    const out = mapping.pseudonymise(text, findings, OPTIONS).text;
    expect(out).toBe('Mme [USAGER_1] est venue. [USAGER_1] a signé. [USAGER_1], née ailleurs. Madame [USAGER_1]. [USAGER_1]. [USAGER_1]');
    expect(mapping.list()).toHaveLength(1);
  });

  it('never merges two different first names with the same family name', () => {
    const mapping = new ConversationMapping();
    const out = run(mapping, 'Nathalie Dubois et sa fille Léa Dubois; Lucas Dubois aussi. Léa DUBOIS', [['Nathalie Dubois', 'PERSON_NAME'], ['Léa Dubois', 'PERSON_NAME'], ['Lucas Dubois', 'PERSON_NAME'], ['Léa DUBOIS', 'PERSON_NAME']]);
    expect(out).toBe('[USAGER_1] et sa fille [ENFANT_1]; [USAGER_2] aussi. [ENFANT_1]');
  });

  it('keeps a role once given, so a person keeps one placeholder', () => {
    const mapping = new ConversationMapping();
    run(mapping, 'Notre collègue Claire Martin', [['Claire Martin', 'PERSON_NAME']]);
    expect(run(mapping, 'Madame Claire Martin', [['Claire Martin', 'PERSON_NAME']])).toBe('Madame [AGENT_1]');
  });

  it('reads names without a listed first name in the written order, and single first names', () => {
    expect(personKey('DUBOIS Nathalie')).toEqual({ family: 'dubois', first: 'nathalie' });
    expect(personKey('Dubois Nathalie')).toEqual({ family: 'dubois', first: 'nathalie' });
    expect(personKey('DUBOIS (Nathalie)')).toEqual({ family: 'dubois', first: 'nathalie' });
    expect(personKey('nathalie dubois')).toEqual({ first: 'nathalie', family: 'dubois' });
    expect(personKey('M. Jean-Pierre Le Goff')).toEqual({ first: 'jean-pierre', family: 'le goff' });
    expect(personKey('Mme Dubois')).toEqual({ family: 'dubois', first: null });
    expect(personKey('Nathalie')).toEqual({ family: null, first: 'nathalie' });
  });
});

describe('collisions', () => {
  it('never gives two different values one placeholder', () => {
    const mapping = new ConversationMapping();
    const text = 'a@x.fr b@x.fr c@x.fr a@x.fr';
    expect(run(mapping, text, [['a@x.fr', 'EMAIL'], ['b@x.fr', 'EMAIL'], ['c@x.fr', 'EMAIL'], ['a@x.fr', 'EMAIL']])).toBe('[COURRIEL_1] [COURRIEL_2] [COURRIEL_3] [COURRIEL_1]');
    expect(new Set(mapping.list().map((entry) => entry.placeholder)).size).toBe(3);
  });

  it('keeps types apart: the same digits as a phone and as another type are two values', () => {
    const mapping = new ConversationMapping();
    run(mapping, 'x 0612345678', [['0612345678', 'PHONE']]);
    run(mapping, 'y 0612345678', [['0612345678', 'CUSTOM']]);
    expect(mapping.list().map((entry) => entry.placeholder)).toEqual(['[TÉLÉPHONE_1]', '[DONNÉE_1]']);
  });
});

describe('placeholder-looking text already in the prompt', () => {
  it('is never given to a value: numbering skips it, and it is never restored', () => {
    const mapping = new ConversationMapping();
    const text = 'Le modèle dit [USAGER_1] et [COURRIEL_2]; écrire à Nathalie Dubois, n.d@example.fr, m.e@example.fr';
    const out = run(mapping, text, [['Nathalie Dubois', 'PERSON_NAME'], ['n.d@example.fr', 'EMAIL'], ['m.e@example.fr', 'EMAIL']]);
    expect(out).toBe('Le modèle dit [USAGER_1] et [COURRIEL_2]; écrire à [USAGER_2], [COURRIEL_1], [COURRIEL_3]');
    expect(mapping.restore('[USAGER_1] [USAGER_2] [COURRIEL_2] [COURRIEL_3]')).toBe('[USAGER_1] Nathalie Dubois [COURRIEL_2] m.e@example.fr');
  });

  it('a finding that is itself a placeholder is left as it is', () => {
    const mapping = new ConversationMapping();
    const text = 'Madame [USAGER_4] et [ÂGE_30-39_ANS]';
    expect(run(mapping, text, [['[USAGER_4]', 'PERSON_NAME'], ['[ÂGE_30-39_ANS]', 'BIRTH_DATE']])).toBe(text);
    expect(mapping.size).toBe(0);
  });

  it('our own placeholders written back by the agent stay ours', () => {
    const mapping = new ConversationMapping();
    run(mapping, 'Nathalie Dubois', [['Nathalie Dubois', 'PERSON_NAME']]);
    run(mapping, 'Reprends [USAGER_1] et Marc Petit', [['Marc Petit', 'PERSON_NAME']]);
    expect(mapping.restore('[USAGER_1], [USAGER_2]')).toBe('Nathalie Dubois, Marc Petit');
  });
});

describe('values that are substrings of each other', () => {
  it('replace the longest span when findings overlap', () => {
    const mapping = new ConversationMapping();
    const text = 'Contact: nathalie.dubois@example.fr';
    const out = mapping.pseudonymise(text, [at(text, 'dubois', 'PERSON_NAME'), at(text, 'nathalie.dubois@example.fr', 'EMAIL')], OPTIONS).text;
    expect(out).toBe('Contact: [COURRIEL_1]');
  });

  it('hand-added values are found whole-word, longest first, case and accents ignored', () => {
    const mapping = new ConversationMapping();
    expect(mapping.addManual('Dubois')).toBe('[USAGER_1]');
    expect(mapping.addManual('Résidence Dubois')).toBe('[USAGER_2]');
    const text = 'La RESIDENCE DUBOIS accueille Mme Dubois; Duboisier non.';
    const findings = mapping.manualFindings(text);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['RESIDENCE DUBOIS', 'Dubois']);
    expect(mapping.pseudonymise(text, findings, OPTIONS).text).toBe('La [USAGER_2] accueille Mme [USAGER_1]; Duboisier non.');
  });

  it('restores [USAGER_1] and [USAGER_12] each to its own value', () => {
    const mapping = new ConversationMapping();
    for (let i = 1; i <= 12; i++) mapping.addManual(`Personne${i} Nom${i}`);
    expect(mapping.restore('[USAGER_1]/[USAGER_12]')).toBe('Personne1 Nom1/Personne12 Nom12');
  });
});

describe('dates of birth', () => {
  const today = new Date(2026, 10, 29);
  it('become an age bracket under the default policy, never restored', () => {
    const mapping = new ConversationMapping();
    const text = 'née le 12/03/1988, son fils né le 3 août 2019';
    const out = run(mapping, text, [['12/03/1988', 'BIRTH_DATE'], ['3 août 2019', 'BIRTH_DATE']], { dateOfBirth: 'ageBracket', today } as never);
    expect(out).toBe('née le [ÂGE_30-39_ANS], son fils né le [ÂGE_6-10_ANS]');
    expect(mapping.size).toBe(0);
    expect(mapping.restore(out)).toBe(out);
  });

  it('become a numbered placeholder when the policy says so, or when the date cannot be read', () => {
    const mapping = new ConversationMapping();
    expect(run(mapping, 'né le 12/03/1988', [['12/03/1988', 'BIRTH_DATE']])).toBe('né le [DATE_NAISSANCE_1]');
    expect(run(mapping, 'né le 31/02/1988', [['31/02/1988', 'BIRTH_DATE']], { dateOfBirth: 'ageBracket', today } as never)).toBe('né le [DATE_NAISSANCE_2]');
  });

  it('brackets: fine steps for children, decades for adults', () => {
    expect(ageBracketOf('01/11/2025', today)).toBe('[ÂGE_MOINS_DE_3_ANS]');
    expect(ageBracketOf('2010-06-01', today)).toBe('[ÂGE_15-17_ANS]');
    expect(ageBracketOf('30/11/2008', today)).toBe('[ÂGE_15-17_ANS]');
    expect(ageBracketOf('29/11/2008', today)).toBe('[ÂGE_18-24_ANS]');
    expect(ageBracketOf('1er janvier 1940', today)).toBe('[ÂGE_80_ANS_ET_PLUS]');
    expect(ageBracketOf('12/3/84', today)).toBe('[ÂGE_40-49_ANS]');
  });
});

describe('lifetime', () => {
  afterEach(() => vi.useRealTimers());
  it('clears the mapping after the policy time without use', () => {
    vi.useFakeTimers();
    const mapping = new ConversationMapping();
    const lifetime = new MappingLifetime(mapping, 5);
    mapping.addManual('Nathalie Dubois');
    lifetime.touch();
    vi.advanceTimersByTime(4 * 60_000);
    lifetime.touch();
    vi.advanceTimersByTime(4 * 60_000);
    expect(mapping.size).toBe(1);
    vi.advanceTimersByTime(60_000 + 1);
    expect(mapping.size).toBe(0);
    expect(mapping.restore('[USAGER_1]')).toBe('[USAGER_1]');
    expect(mapping.manualFindings('Nathalie Dubois')).toEqual([]);
    // Answers on the page still say [USAGER_1]: it never comes to mean someone else.
    expect(mapping.addManual('Marc Petit')).toBe('[USAGER_2]');
  });
});
