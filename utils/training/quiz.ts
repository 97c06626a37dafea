import type { FindingType } from '@/utils/detection/types';
import type { LocalisedText, Scenario } from './scenario-schema';

/**
 * The training quiz, built from the scenarios: "is this prompt safe to send?" and "which data is
 * the problem?". Pure logic; nothing is recorded anywhere (the score lives in the page's memory).
 */

export type QuizQuestion =
  | { readonly id: string; readonly kind: 'safe'; readonly scenarioId: string; readonly prompt: string; readonly safe: boolean; readonly explanation: LocalisedText }
  | { readonly id: string; readonly kind: 'which'; readonly scenarioId: string; readonly prompt: string; readonly options: readonly FindingType[]; readonly correct: readonly FindingType[]; readonly explanation: LocalisedText };

export type QuizAnswer = boolean | FindingType;

/** Identifiers and sensitive categories first: the finding a trainee should spot before any other. */
const PRIORITY: readonly FindingType[] = ['NIR', 'IBAN', 'CARD_NUMBER', 'CAF_NUMBER', 'TAX_ID', 'ID_DOCUMENT', 'SECRET', 'HEALTH', 'JUDICIAL', 'SPECIAL_CATEGORY', 'SOCIAL_CASE', 'CONFIDENTIAL', 'EMAIL', 'PHONE', 'POSTAL_ADDRESS', 'BIRTH_DATE', 'LICENSE_PLATE', 'IP_ADDRESS', 'PERSON_NAME', 'CUSTOM'];
/** Plausible wrong answers, none of which the default policy stops on its own or all of which are absent. */
const DISTRACTORS: readonly FindingType[] = ['COMPANY_ID', 'IP_ADDRESS', 'LICENSE_PLATE', 'ID_DOCUMENT', 'CARD_NUMBER', 'BIRTH_DATE', 'IBAN', 'SECRET', 'EMAIL', 'NIR'];

/** Small deterministic generator, so that a quiz can be replayed (and tested) from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

export function mainFinding(scenario: Scenario): FindingType {
  return PRIORITY.find((type) => scenario.expectedTypes.includes(type)) ?? scenario.expectedTypes[0];
}

const SAFE_EXPLANATION: LocalisedText = {
  fr: 'Cette demande ne contient aucune donnée personnelle ni sensible : elle porte sur une méthode, un modèle ou une règle, et Vigie la laisse passer.',
  en: 'This request holds no personal or sensitive data: it is about a method, a template or a rule, and Vigie lets it through.',
};

/**
 * `count` questions from different scenarios: alternately "safe?" (the risky prompt or its rewrite)
 * and "which data?" (one right answer among four; any expected type counts as right).
 */
export function buildQuiz(scenarios: readonly Scenario[], count: number, seed: number): QuizQuestion[] {
  const next = random(seed);
  const picked = shuffle(scenarios, next).slice(0, Math.max(0, count));
  return picked.map((scenario, index): QuizQuestion => {
    if (index % 2 === 0) {
      const showRewrite = next() < 0.5;
      return {
        id: `q${index + 1}`,
        kind: 'safe',
        scenarioId: scenario.id,
        prompt: showRewrite ? scenario.rewrite : scenario.riskyPrompt,
        safe: showRewrite,
        explanation: showRewrite ? SAFE_EXPLANATION : scenario.why,
      };
    }
    const correct = mainFinding(scenario);
    const wrong = shuffle(DISTRACTORS.filter((type) => !scenario.expectedTypes.includes(type)), next).slice(0, 3);
    return {
      id: `q${index + 1}`,
      kind: 'which',
      scenarioId: scenario.id,
      prompt: scenario.riskyPrompt,
      options: shuffle([correct, ...wrong], next),
      correct: scenario.expectedTypes,
      explanation: scenario.why,
    };
  });
}

export function isCorrect(question: QuizQuestion, answer: QuizAnswer | undefined): boolean {
  if (answer === undefined) return false;
  return question.kind === 'safe' ? answer === question.safe : typeof answer === 'string' && question.correct.includes(answer);
}

/** Score of the answered questions; unanswered questions count as wrong. */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: Readonly<Record<string, QuizAnswer>>): { score: number; total: number } {
  return { score: questions.filter((question) => isCorrect(question, answers[question.id])).length, total: questions.length };
}
