import { QUESTIONS, type Question } from '../i18n/questions';
import type { SceneManifest } from '../scenes/types';
import { manifest as layernormVsBatchnorm } from '../scenes/layernorm-vs-batchnorm';
import { manifest as loraStructure } from '../scenes/lora-structure';
import { manifest as deepspeedZero } from '../scenes/deepspeed-zero';
import { manifest as trainingAcceleration } from '../scenes/training-acceleration';
import { manifest as repetitionAndSampling } from '../scenes/repetition-and-sampling';
import { manifest as adamw } from '../scenes/adamw';
import { manifest as loraVsFullFinetune } from '../scenes/lora-vs-full-finetune';
import { manifest as loraLowRankWhy } from '../scenes/lora-low-rank-why';
import { manifest as transformerArchitecture } from '../scenes/transformer-architecture';
import { manifest as modelComparison } from '../scenes/model-comparison';
import { manifest as bertGptBart } from '../scenes/bert-gpt-bart';
import { manifest as whyDecoderOnly } from '../scenes/why-decoder-only';
import { manifest as loraWhyItWorks } from '../scenes/lora-why-it-works';

/** Every built scene's manifest. Add a scene here (and nowhere else) to route, list and e2e-test it. */
export const builtScenes: readonly SceneManifest[] = [
  layernormVsBatchnorm,
  deepspeedZero,
  loraStructure,
  trainingAcceleration,
  repetitionAndSampling,
  adamw,
  loraVsFullFinetune,
  loraLowRankWhy,
  transformerArchitecture,
  modelComparison,
  bertGptBart,
  whyDecoderOnly,
  loraWhyItWorks,
];

/** A question with its scene manifest when the scene is built. */
export interface QuestionEntry extends Question {
  manifest?: SceneManifest;
}

const byId = new Map(builtScenes.map((m) => [m.id, m] as const));

/** All 19 questions in display order, each with its manifest if built. */
export const questions: readonly QuestionEntry[] = QUESTIONS.map((q) => ({ ...q, manifest: byId.get(q.id) }));

/** Look a question up by its URL id. */
export function findQuestion(id: string): QuestionEntry | undefined {
  return questions.find((q) => q.id === id);
}

/** The previous and next question in display order. */
export function neighbours(id: string): { prev?: QuestionEntry; next?: QuestionEntry } {
  const i = questions.findIndex((q) => q.id === id);
  return { prev: i > 0 ? questions[i - 1] : undefined, next: i >= 0 && i < questions.length - 1 ? questions[i + 1] : undefined };
}
