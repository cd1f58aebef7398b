import type { ComponentType } from 'react';

/** The two languages every word ships in. */
export type Lang = 'zh' | 'en';

/** A value a scene parameter can hold. */
export type ParamValue = number | string | boolean;

/** Parameters of one scene, keyed by schema key. */
export type ParamValues = Record<string, ParamValue>;

interface ParamBase<K extends string> {
  key: K;
}

/** A numeric parameter (slider). `scale: 'log'` makes the slider logarithmic. */
export interface NumberParamSpec<K extends string = string> extends ParamBase<K> {
  type: 'int' | 'float';
  default: number;
  min: number;
  max: number;
  step: number;
  scale?: 'linear' | 'log';
}

/** A choice among fixed string options (segmented control). */
export interface EnumParamSpec<K extends string = string> extends ParamBase<K> {
  type: 'enum';
  default: string;
  options: readonly string[];
}

/** An on/off parameter (toggle). */
export interface BoolParamSpec<K extends string = string> extends ParamBase<K> {
  type: 'bool';
  default: boolean;
}

/**
 * A subset of fixed options (a row of toggle buttons, several may be on). The value is the chosen
 * options joined by commas in `options` order (`"q,v"`), which is also its URL form; `min` is the
 * smallest number of options that must stay chosen (default 0).
 */
export interface SetParamSpec<K extends string = string> extends ParamBase<K> {
  type: 'set';
  default: string;
  options: readonly string[];
  min?: number;
}

/**
 * Free text (a prompt): a labelled text area that commits when the user pauses or leaves it. Longer
 * values are cut to `maxLength` (with a notice when it came from a URL).
 */
export interface TextParamSpec<K extends string = string> extends ParamBase<K> {
  type: 'text';
  default: string;
  maxLength: number;
  /** Rows of the text area (default 2). */
  rows?: number;
}

/** One entry of a scene's typed params schema: drives the controls, the URL codec and the defaults. */
export type ParamSpec<K extends string = string> =
  | NumberParamSpec<K>
  | EnumParamSpec<K>
  | BoolParamSpec<K>
  | SetParamSpec<K>
  | TextParamSpec<K>;

/**
 * One named step of a scene's story. `preset` params are applied when the user moves onto the step
 * (prev/next/goto), not when a URL names both the step and the params (the URL wins).
 */
export interface StepSpec<S extends string = string> {
  id: S;
  preset?: ParamValues;
}

/** Words of one scene's parameter: its label, an optional unit and a one-line help, plus option labels. */
export interface ParamCopy {
  label: string;
  help?: string;
  unit?: string;
  options?: Record<string, string>;
}

/** A paragraph of the answer. Inline math is written between `$…$` and rendered with KaTeX. */
export type RichText = string;

/** A source: what it is and where exactly (paper section, config file, docs page). */
export interface SourceRef {
  id: string;
  text: string;
  url?: string;
}

/** Every word a scene shows, in one language. zh satisfies the type of en. */
export interface SceneCopy<P extends string = string, S extends string = string> {
  /** The question as interviewers ask it. */
  question: string;
  /** Short subtitle shown under the question. */
  lede: string;
  steps: Record<S, { title: string; caption: RichText }>;
  params: Record<P, ParamCopy>;
  /** Labels of the readouts the scene shows, keyed by readout key. */
  readouts: Record<string, string>;
  /** Any other labels the figure draws (axis names, legends…). */
  labels: Record<string, string>;
  /** The concise interview answer: key points in the order a strong candidate gives them. */
  answer: RichText[];
  /** Display formulas (KaTeX source) with a one-line caption. */
  formulas: { tex: string; caption: string }[];
  /** Loose or wrong claims in circulation, and what is right. */
  misconceptions: { claim: RichText; correction: RichText; sources?: string[] }[];
  /** Likely follow-up questions with short answers. */
  followUps: { q: string; a: RichText; sources?: string[] }[];
  sources: SourceRef[];
}

/** What the shell passes to a scene component. */
export interface SceneProps<P extends ParamValues = ParamValues, S extends string = string> {
  params: P;
  stepId: S;
  stepIndex: number;
  lang: Lang;
  copy: SceneCopy<Extract<keyof P, string>, S>;
  /** True in `#/embed/…`: the scene should keep to the figure and stay legible at 640×360. */
  embed: boolean;
  reducedMotion: boolean;
  /** Change some parameters (e.g. a click in the figure). Goes through the same validation as the URL. */
  setParams: (patch: Partial<P>) => void;
  /** Call once the first computation has drawn (sets `data-ready="true"` on the scene root). */
  onReady: () => void;
  /** Report a failed computation: the shell shows a clear message and keeps the page working. */
  onError: (error: unknown) => void;
  /** Say a computation for new params is in flight (true) or drawn (false): `data-pending` on the root. */
  onPending: (pending: boolean) => void;
}

/** What a scene's lazy chunk exports. */
export interface SceneModule {
  Scene: ComponentType<SceneProps<any, any>>;
  copy: { zh: SceneCopy; en: SceneCopy };
}

/** A built scene: the manifest the registry, routes, controls, URL codec and e2e tests are generated from. */
export interface SceneManifest {
  id: string;
  params: readonly ParamSpec[];
  steps: readonly StepSpec[];
  /** Readout keys the scene always shows (the e2e checks they exist). */
  readouts: readonly string[];
  /**
   * Whether the scene computes with tfjs (default true). A scene whose math is plain arithmetic
   * (memory formulas, schedules) sets false: it never starts tfjs, and the e2e run does not expect a
   * WebGL backend on its page.
   */
  usesTf?: boolean;
  load: () => Promise<SceneModule>;
}
