/**
 * Test helper for scene components: renders `Scene` alone (no shell) with the schema's defaults
 * patched by `params`, spies for the three callbacks, and a reader for `data-readout` values.
 * Only imported by `*.test.tsx` files.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ComponentType } from 'react';
import { vi, type Mock } from 'vitest';
import type { Lang, ParamSpec, ParamValues, SceneCopy, SceneProps } from './types';

export interface RenderSceneOptions {
  stepId: string;
  params?: Partial<ParamValues>;
  lang?: Lang;
  embed?: boolean;
  /** The scene's words in both languages (the copy of `lang` is passed). */
  copy: { zh: unknown; en: unknown };
}

export interface RenderedScene extends RenderResult {
  onReady: Mock<() => void>;
  onError: Mock<(error: unknown) => void>;
  onPending: Mock<(pending: boolean) => void>;
  /** Text of `[data-readout="<key>"]`, or null when the scene does not show it. */
  read: (key: string) => string | null;
}

/** The defaults of a params schema as a values object. */
export function schemaDefaults(specs: readonly ParamSpec[]): ParamValues {
  return Object.fromEntries(specs.map((p) => [p.key, p.default]));
}

/** Renders one scene component with defaults + `opts.params`, reduced motion, and callback spies. */
export function renderScene(
  Scene: ComponentType<SceneProps<any, any>>,
  specs: readonly ParamSpec[],
  opts: RenderSceneOptions,
): RenderedScene {
  const onReady = vi.fn<() => void>();
  const onError = vi.fn<(error: unknown) => void>();
  const onPending = vi.fn<(pending: boolean) => void>();
  const lang = opts.lang ?? 'en';
  const r = render(
    <Scene
      params={{ ...schemaDefaults(specs), ...opts.params }}
      stepId={opts.stepId}
      stepIndex={0}
      lang={lang}
      copy={opts.copy[lang] as SceneCopy}
      embed={opts.embed ?? false}
      reducedMotion
      setParams={() => {}}
      onReady={onReady}
      onError={onError}
      onPending={onPending}
    />,
  );
  const read = (key: string) => r.container.querySelector(`[data-readout="${key}"]`)?.textContent ?? null;
  return { ...r, onReady, onError, onPending, read };
}
