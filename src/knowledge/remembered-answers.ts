import type { Answer, AnswerOptions, Engine } from "../engine/types.js";

/**
 * `engine` with `answer` remembered per question text in `answers` (the options of the first asking
 * stand for later ones): for re-asking the same question bank of a pure engine many times.
 */
export function rememberingAnswers<E extends Pick<Engine, "answer">>(
  engine: E,
  answers: Map<string, Answer> = new Map(),
): E {
  return {
    ...engine,
    answer(question: string, options: AnswerOptions): Answer {
      let a = answers.get(question);
      if (!a) {
        a = engine.answer(question, options);
        answers.set(question, a);
      }
      return a;
    },
  } as E;
}
