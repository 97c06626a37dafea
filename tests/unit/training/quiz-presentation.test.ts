import { describe, expect, test } from 'vitest';
import { placeholdersIn, preparedAnswer } from '@/utils/training/prepared-answer';
import { movePresentation, presentationMoveFor, PRESENTATION_STEPS, slideNumber } from '@/utils/training/presentation';
import { buildQuiz, isCorrect, mainFinding, scoreQuiz, type QuizAnswer } from '@/utils/training/quiz';
import { BUILT_IN_SCENARIOS } from '@/utils/training/scenarios';

describe('quiz', () => {
  const quiz = buildQuiz(BUILT_IN_SCENARIOS, 6, 42);

  test('is deterministic for a seed, alternates question kinds, uses different scenarios', () => {
    expect(buildQuiz(BUILT_IN_SCENARIOS, 6, 42)).toEqual(quiz);
    expect(quiz.map((question) => question.kind)).toEqual(['safe', 'which', 'safe', 'which', 'safe', 'which']);
    expect(new Set(quiz.map((question) => question.scenarioId)).size).toBe(6);
  });

  test('"which data" has four distinct options, exactly one of them expected', () => {
    for (const question of quiz) {
      if (question.kind !== 'which') continue;
      expect(new Set(question.options).size).toBe(4);
      expect(question.options.filter((option) => question.correct.includes(option))).toHaveLength(1);
    }
  });

  test('scores right answers, wrong answers and unanswered questions', () => {
    const right: Record<string, QuizAnswer> = {};
    for (const question of quiz) right[question.id] = question.kind === 'safe' ? question.safe : question.options.find((option) => question.correct.includes(option))!;
    expect(scoreQuiz(quiz, right)).toEqual({ score: 6, total: 6 });
    const wrong: Record<string, QuizAnswer> = {};
    for (const question of quiz) wrong[question.id] = question.kind === 'safe' ? !question.safe : question.options.find((option) => !question.correct.includes(option))!;
    expect(scoreQuiz(quiz, wrong)).toEqual({ score: 0, total: 6 });
    expect(scoreQuiz(quiz, { [quiz[0].id]: right[quiz[0].id] })).toEqual({ score: 1, total: 6 });
    expect(isCorrect(quiz[0], undefined)).toBe(false);
  });

  test('the main finding is the identifier or sensitive category first', () => {
    expect(mainFinding(BUILT_IN_SCENARIOS.find((scenario) => scenario.id === 'apa-plan-aide')!)).toBe('NIR');
    expect(mainFinding(BUILT_IN_SCENARIOS.find((scenario) => scenario.id === 'elu-riverain')!)).toBe('POSTAL_ADDRESS');
  });
});

describe('presentation steps', () => {
  const steps = PRESENTATION_STEPS.length;

  test('keys of a projector remote and a keyboard', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(presentationMoveFor(key)).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(presentationMoveFor(key)).toBe('previous');
    expect(presentationMoveFor(' ', true)).toBe('previous');
    expect(presentationMoveFor('Home')).toBe('first');
    expect(presentationMoveFor('End')).toBe('last');
    expect(presentationMoveFor('a')).toBeNull();
  });

  test('forward through the steps of a scenario, then into the next one; back again; no wrap-around', () => {
    let position = { scenario: 0, step: 0 };
    for (let index = 1; index < steps; index++) {
      position = movePresentation(position, 'next', 3);
      expect(position).toEqual({ scenario: 0, step: index });
    }
    position = movePresentation(position, 'next', 3);
    expect(position).toEqual({ scenario: 1, step: 0 });
    expect(movePresentation(position, 'previous', 3)).toEqual({ scenario: 0, step: steps - 1 });
    expect(movePresentation({ scenario: 0, step: 0 }, 'previous', 3)).toEqual({ scenario: 0, step: 0 });
    expect(movePresentation({ scenario: 2, step: steps - 1 }, 'next', 3)).toEqual({ scenario: 2, step: steps - 1 });
    expect(movePresentation({ scenario: 1, step: 2 }, 'last', 3)).toEqual({ scenario: 2, step: steps - 1 });
    expect(movePresentation({ scenario: 1, step: 2 }, 'first', 3)).toEqual({ scenario: 0, step: 0 });
    expect(movePresentation({ scenario: 0, step: 0 }, 'next', 0)).toEqual({ scenario: 0, step: 0 });
  });

  test('slide counter', () => {
    expect(slideNumber({ scenario: 1, step: 2 }, 3)).toEqual({ current: steps + 3, total: 3 * steps });
  });
});

describe('prepared answers', () => {
  const scenario = BUILT_IN_SCENARIOS.find((candidate) => candidate.goodPractice === 'pseudonymise')!;

  test('placeholders come from the sent text, whatever the guard named them', () => {
    expect(placeholdersIn('Réponds à [USAGER_1] ([COURRIEL_1], [TÉLÉPHONE_1]) et [USAGER_1]')).toEqual(['[USAGER_1]', '[COURRIEL_1]', '[TÉLÉPHONE_1]']);
    expect(placeholdersIn('Écris à [EMAIL_1] et [NOM_2]')).toEqual(['[EMAIL_1]', '[NOM_2]']);
    expect(placeholdersIn('[MONTANT] € et [a_1]')).toEqual([]);
  });

  test('the pseudonymised answer echoes the placeholders of the sent text; without them, none', () => {
    expect(preparedAnswer('Réponds à [NOM_1] ([EMAIL_1])', scenario, 'fr', 'x')).toMatch(/^Bonjour \[NOM_1\] et \[EMAIL_1\],/);
    expect(preparedAnswer(scenario.rewrite, scenario, 'fr', 'x')).toMatch(/^Bonjour, nous vous confirmons/);
    expect(preparedAnswer('anything', null, 'fr', 'fallback')).toBe('fallback');
    expect(preparedAnswer('[USAGER_1]', scenario, 'en', 'x')).toMatch(/^Hello \[USAGER_1\],/);
  });
});
