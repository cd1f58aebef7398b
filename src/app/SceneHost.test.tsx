import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../i18n';
import type { SceneCopy, SceneManifest, SceneModule, SceneProps } from '../scenes/types';
import { useAppStore } from '../store/store';
import { SceneHost } from './SceneHost';

const copy = { steps: { a: { title: 'A', caption: '' } } } as unknown as SceneCopy;
const manifest: SceneManifest = { id: 'fake', params: [], steps: [{ id: 'a' }], readouts: [], load: async () => mod(() => null) };

function mod(Scene: (p: SceneProps) => ReactElement | null): SceneModule {
  return { Scene, copy: { zh: copy, en: copy } };
}

function host(module: SceneModule) {
  return render(
    <SceneHost manifest={manifest} module={module} params={{}} stepId="a" stepIndex={0} embed={false} setParams={() => {}} />,
  );
}

afterEach(cleanup);

beforeEach(() => {
  useAppStore.setState({ lang: 'en' });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('SceneHost', () => {
  it('marks the root ready and pending as the scene reports', () => {
    let props: SceneProps | null = null;
    host(
      mod((p) => {
        props = p;
        return <p>figure</p>;
      }),
    );
    const root = document.querySelector('[data-scene="fake"]') as HTMLElement;
    expect(root.dataset.ready).toBe('false');
    act(() => props!.onPending(true));
    expect(root.dataset.pending).toBe('true');
    act(() => {
      props!.onReady();
      props!.onPending(false);
    });
    expect(root.dataset.ready).toBe('true');
    expect(root.dataset.pending).toBe('false');
  });

  it('shows a failed computation as a clear message and keeps the figure', () => {
    function Failing({ onError }: SceneProps) {
      useEffect(() => onError(new Error('matrix is singular')), [onError]);
      return <p>figure still here</p>;
    }
    host(mod(Failing));
    expect(screen.getByRole('alert')).toHaveTextContent('matrix is singular');
    expect(screen.getByText('figure still here')).toBeInTheDocument();
  });

  it('catches a scene that throws while rendering, and retries', () => {
    let fail = true;
    function Throwing() {
      if (fail) throw new Error('boom');
      return <p>recovered</p>;
    }
    host(mod(Throwing));
    expect(screen.getByRole('alert')).toHaveTextContent(MESSAGES.en.errors.sceneFailed);
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: MESSAGES.en.errors.retry }));
    expect(screen.getByText('recovered')).toBeInTheDocument();
  });
});
