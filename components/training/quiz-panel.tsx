import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import type { FindingType } from '@/utils/detection/types';
import { buildQuiz, isCorrect, scoreQuiz, type QuizAnswer } from '@/utils/training/quiz';
import type { Scenario } from '@/utils/training/scenario-schema';
import { localised } from './training-chat';

const QUESTION_COUNT = 6;

/**
 * The quiz: six questions from the scenarios, a score and an explanation per question. Answers and
 * score stay in the page's memory: nothing is stored or counted.
 */
export function QuizPanel({ scenarios, language }: { scenarios: readonly Scenario[]; language: 'fr' | 'en' }) {
  const [seed, setSeed] = useState(() => Math.floor(Math.random() * 1_000_000) + 1);
  const questions = useMemo(() => buildQuiz(scenarios, QUESTION_COUNT, seed), [scenarios, seed]);
  const [answers, setAnswers] = useState<Record<string, QuizAnswer>>({});
  const [checked, setChecked] = useState(false);
  const { score, total } = scoreQuiz(questions, answers);

  const answer = (id: string, value: QuizAnswer) => !checked && setAnswers((current) => ({ ...current, [id]: value }));

  return (
    <section className="vt-quiz" data-vigie-training="quiz" aria-labelledby="vt-quiz-title">
      <h2 id="vt-quiz-title">{i18n.t('training.quiz.title')}</h2>
      <p className="vt-note">{i18n.t('training.quiz.intro')}</p>
      {questions.map((question, index) => {
        const given = answers[question.id];
        const legend = question.kind === 'safe' ? i18n.t('training.quiz.safeQuestion') : i18n.t('training.quiz.whichQuestion');
        const choices: { value: QuizAnswer; label: string }[] =
          question.kind === 'safe'
            ? [
                { value: true, label: i18n.t('training.quiz.safeYes') },
                { value: false, label: i18n.t('training.quiz.safeNo') },
              ]
            : question.options.map((type: FindingType) => ({ value: type, label: i18n.t(`types.${type}`) }));
        return (
          <fieldset key={question.id} data-vigie-training="quiz-question" data-kind={question.kind}>
            <legend>
              {i18n.t('training.quiz.questionNumber', [String(index + 1), String(questions.length)])} — {legend}
            </legend>
            <blockquote lang="fr" data-vigie-training="quiz-prompt">{question.prompt}</blockquote>
            {choices.map((choice) => (
              <label key={String(choice.value)}>
                <input type="radio" name={question.id} value={String(choice.value)} checked={given === choice.value} disabled={checked} onChange={() => answer(question.id, choice.value)} /> {choice.label}
              </label>
            ))}
            {checked && (
              <div data-vigie-training="quiz-explanation">
                <p className={isCorrect(question, given) ? 'vt-result--right' : 'vt-result--wrong'}>{isCorrect(question, given) ? i18n.t('training.quiz.right') : i18n.t('training.quiz.wrong')}</p>
                {question.kind === 'which' && <p>{i18n.t('training.quiz.expectedTypes', [question.correct.map((type) => i18n.t(`types.${type}`)).join(', ')])}</p>}
                <p>{localised(question.explanation, language)}</p>
              </div>
            )}
          </fieldset>
        );
      })}
      <div aria-live="polite">
        {checked && (
          <p className="vt-score" data-vigie-training="quiz-score" data-score={score} data-total={total}>
            {i18n.t('training.quiz.score', [String(score), String(total)])}
          </p>
        )}
      </div>
      {checked ? (
        <button
          type="button"
          className="vt-button"
          data-vigie-training="quiz-again"
          onClick={() => {
            setAnswers({});
            setChecked(false);
            setSeed((value) => value + 1);
          }}
        >
          {i18n.t('training.quiz.again')}
        </button>
      ) : (
        <button type="button" className="vt-button vt-button--primary" data-vigie-training="quiz-check" onClick={() => setChecked(true)}>
          {i18n.t('training.quiz.check')}
        </button>
      )}
    </section>
  );
}
