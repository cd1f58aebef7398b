import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fmt, MESSAGES } from '../i18n';
import { en as lnbnEn } from '../scenes/layernorm-vs-batchnorm/copy/en';
import { zh as lnbnZh } from '../scenes/layernorm-vs-batchnorm/copy/zh';
import { useAppStore } from '../store/store';
import { App } from './App';
import { builtScenes } from './registry';

const SCENE = 'layernorm-vs-batchnorm';
const READY = `[data-scene="${SCENE}"][data-ready="true"]`;
const initialState = useAppStore.getState();
const realGetContext = HTMLCanvasElement.prototype.getContext;
let consoleError: MockInstance<typeof console.error>;

/** Go to a hash without firing hashchange (as on a fresh page load). */
function goTo(hash: string): void {
  window.history.replaceState(null, '', hash);
}

async function waitReady(): Promise<HTMLElement> {
  await waitFor(
    () => {
      const el = document.querySelector<HTMLElement>(READY);
      if (!el) throw new Error('scene not ready');
    },
    { timeout: 20000 },
  );
  return document.querySelector<HTMLElement>(READY)!;
}

const readout = (k: string) => document.querySelector(`[data-readout="${k}"]`)?.textContent;
const hashQuery = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');

beforeAll(() => {
  // jsdom has no canvas: make getContext return null quietly (the app guards it) instead of logging "not implemented".
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  if (typeof window.matchMedia !== 'function') {
    window.matchMedia = ((q: string) => ({
      matches: false,
      media: q,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
  }
});

afterAll(() => {
  HTMLCanvasElement.prototype.getContext = realGetContext;
});

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(initialState, true);
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  cleanup();
  // React errors (uncaught render errors, act warnings about state updates) fail the test.
  expect(consoleError.mock.calls.map((c) => String(c[0]))).toEqual([]);
  consoleError.mockRestore();
  goTo('#/');
});

describe('App on a built scene (jsdom, tfjs on the CPU)', () => {
  it('starts tfjs on the CPU after WebGL fails, clamps a bad URL with notices, and rewrites the URL', async () => {
    goTo(`#/q/${SCENE}?B=999&step=nope&lang=en`);
    render(<App />);
    const root = await waitReady();

    // backend: webgl cannot start in jsdom → cpu, shown in the chrome with the CPU notice
    await waitFor(() => expect(readout('tf-backend')).toBe('cpu'));
    expect(tf.getBackend()).toBe('cpu');
    expect(screen.getByText(MESSAGES.en.backend.cpuNote)).toBeInTheDocument();

    // the URL's language applies
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(lnbnEn.question);

    // clamped B and unknown step: visible notices, state fixed
    const clamped = fmt(MESSAGES.en.notices.clamped, { key: 'B', raw: '999', value: '32' });
    const badStep = fmt(MESSAGES.en.notices.unknownStep, { key: 'step', raw: 'nope', value: '' });
    expect(screen.getByText(clamped)).toBeVisible();
    expect(screen.getByText(badStep)).toBeVisible();
    expect(document.querySelector('[data-notice="clamped"]')).not.toBeNull();
    expect(document.querySelector('[data-notice="unknownStep"]')).not.toBeNull();
    expect(root.dataset.step).toBe('tensor');
    expect(useAppStore.getState().params.B).toBe(32);
    expect(screen.getByRole('slider', { name: lnbnEn.params.B.label })).toHaveValue('32');

    // the URL is rewritten to the canonical, clamped form (step first, only non-defaults, lang kept)
    expect(window.location.hash).toBe(`#/q/${SCENE}?step=tensor&B=32&lang=en`);

    // readouts of the clamped state: BatchNorm has C groups of B·T values
    expect(readout('groups')).toBe('12');
    expect(readout('group-size')).toBe(String(32 * 8));

    // notices are dismissible, one at a time
    const notice = screen.getByText(clamped).closest('.notice')!;
    fireEvent.click(within(notice as HTMLElement).getByRole('button', { name: MESSAGES.en.notices.dismiss }));
    expect(screen.queryByText(clamped)).toBeNull();
    expect(screen.getByText(badStep)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: MESSAGES.en.notices.dismiss }));
    expect(screen.queryByText(badStep)).toBeNull();
    expect(document.querySelectorAll('[data-notice]')).toHaveLength(0);

    // nothing failed
    expect(screen.queryByText(MESSAGES.en.errors.sceneFailed)).toBeNull();
    expect(document.querySelector('.error-box')).toBeNull();
  });

  it('moves the readouts with the sliders and rewrites the URL in place', async () => {
    goTo(`#/q/${SCENE}?lang=en`);
    render(<App />);
    await waitReady();
    expect(readout('groups')).toBe('12');
    expect(readout('group-size')).toBe('64');
    const historyLength = window.history.length;

    fireEvent.change(screen.getByRole('slider', { name: lnbnEn.params.B.label }), { target: { value: '5' } });
    await waitFor(() => expect(readout('group-size')).toBe('40'));
    expect(readout('groups')).toBe('12');
    expect(hashQuery().get('B')).toBe('5');

    fireEvent.change(screen.getByRole('slider', { name: lnbnEn.params.C.label }), { target: { value: '6' } });
    await waitFor(() => expect(readout('groups')).toBe('6'));

    // LayerNorm: one group of C values per token
    fireEvent.click(screen.getByRole('button', { name: lnbnEn.params.mode.options.ln }));
    await waitFor(() => expect(readout('groups')).toBe(String(5 * 8)));
    expect(readout('group-size')).toBe('6');
    expect(window.location.hash).toBe(`#/q/${SCENE}?step=tensor&mode=ln&B=5&C=6&lang=en`);
    // parameter changes replace the history entry
    expect(window.history.length).toBe(historyLength);
  });

  it('steps with the next button and ArrowRight, pushing step= into the URL', async () => {
    goTo(`#/q/${SCENE}?lang=en`);
    render(<App />);
    const root = await waitReady();
    const ids = ['tensor', 'batchnorm', 'layernorm'];
    expect(root.dataset.step).toBe(ids[0]);
    expect(screen.getByRole('button', { name: MESSAGES.en.scene.prev })).toBeDisabled();
    const historyLength = window.history.length;

    fireEvent.click(screen.getByRole('button', { name: MESSAGES.en.scene.next }));
    await waitFor(() => expect(root.dataset.step).toBe(ids[1]));
    expect(hashQuery().get('step')).toBe(ids[1]);
    expect(window.history.length).toBe(historyLength + 1);
    expect(screen.getByRole('button', { name: `2. ${lnbnEn.steps.batchnorm.title}` })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { level: 2, name: new RegExp(lnbnEn.steps.batchnorm.title) })).toBeInTheDocument();

    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await waitFor(() => expect(root.dataset.step).toBe(ids[2]));
    expect(hashQuery().get('step')).toBe(ids[2]);
    // the layernorm step's preset switched the mode, and the URL says so
    expect(hashQuery().get('mode')).toBeNull(); // preset values are the step's baseline, not written
    expect(useAppStore.getState().params.mode).toBe('ln');
    await waitFor(() => expect(readout('groups')).toBe(String(8 * 8)));
    expect(window.history.length).toBe(historyLength + 2);

    // ArrowLeft goes back; arrows typed into a slider do not move the step
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    await waitFor(() => expect(root.dataset.step).toBe(ids[1]));
    fireEvent.keyDown(screen.getByRole('slider', { name: lnbnEn.params.B.label }), { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: 'ArrowRight', shiftKey: true });
    expect(root.dataset.step).toBe(ids[1]);
  });

  it('switches the language to Chinese: question text, html lang and the URL', async () => {
    goTo(`#/q/${SCENE}?lang=en`);
    render(<App />);
    await waitReady();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(lnbnEn.question);

    fireEvent.click(screen.getByRole('button', { name: `${MESSAGES.en.lang.label}: ${MESSAGES.en.lang.switchTo}` }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(lnbnZh.question));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe(MESSAGES.zh.appTitle);
    expect(hashQuery().get('lang')).toBe('zh');
    expect(screen.getByRole('slider', { name: lnbnZh.params.B.label })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('llm-scenes:prefs')!)).toMatchObject({ lang: 'zh' });
  });

  it('leaks no tensors across parameter changes', async () => {
    goTo(`#/q/${SCENE}?lang=en`);
    render(<App />);
    await waitReady();
    // let the first computation finish and settle
    await waitFor(() => expect(readout('group-size')).toBe('64'));
    const after1 = tf.memory().numTensors;

    const changes: [string, string, string, string][] = [
      [lnbnEn.params.B.label, '3', 'group-size', '24'],
      [lnbnEn.params.T.label, '5', 'group-size', '15'],
      [lnbnEn.params.pad.label, '0.4', 'pad-shift', ''],
      [lnbnEn.params.outlier.label, '10', 'outlier-effect', ''],
      [lnbnEn.params.C.label, '20', 'groups', '20'],
    ];
    for (const [label, value, key, expected] of changes) {
      const before = readout(key);
      fireEvent.change(screen.getByRole('slider', { name: label }), { target: { value } });
      await waitFor(() => (expected ? expect(readout(key)).toBe(expected) : expect(readout(key)).not.toBe(before)));
    }
    fireEvent.click(screen.getByRole('button', { name: lnbnEn.params.phase.options.eval }));
    await waitFor(() => expect(useAppStore.getState().params.phase).toBe('eval'));
    fireEvent.click(screen.getByRole('button', { name: lnbnEn.params.mode.options.rms }));
    await waitFor(() => expect(readout('groups')).toBe(String(3 * 5)));

    expect(tf.memory().numTensors).toBe(after1);
  });
});

describe('App in StrictMode (as main.tsx renders it)', () => {
  const mount = () =>
    render(
      <StrictMode>
        <App />
      </StrictMode>,
    );

  it('loads, clamps and rewrites the URL as without StrictMode', async () => {
    goTo(`#/q/${SCENE}?B=999&step=nope&lang=en`);
    mount();
    const root = await waitReady();
    expect(root.dataset.step).toBe('tensor');
    expect(window.location.hash).toBe(`#/q/${SCENE}?step=tensor&B=32&lang=en`);
    expect(document.querySelectorAll('[data-notice="clamped"]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-notice="unknownStep"]').length).toBeGreaterThan(0);
  });

  // Regression: StrictMode runs the router's mount effect twice; each URL notice must still show once.
  it('shows each URL notice once', async () => {
    goTo(`#/q/${SCENE}?B=999&step=nope&lang=en`);
    mount();
    await waitReady();
    expect(document.querySelectorAll('[data-notice="clamped"]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-notice="unknownStep"]')).toHaveLength(1);
  });
});

describe('App embed route', () => {
  it('shows the figure with compact step controls', async () => {
    goTo(`#/embed/${SCENE}?lang=en`);
    render(<App />);
    const root = await waitReady();
    expect(document.querySelector(`[data-embed="${SCENE}"]`)).toContainElement(root);
    expect(screen.getByRole('navigation', { name: MESSAGES.en.scene.steps })).toHaveClass('compact');
    expect(document.querySelector('header.site-header')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: MESSAGES.en.scene.next }));
    await waitFor(() => expect(root.dataset.step).toBe('batchnorm'));
    expect(window.location.hash).toBe(`#/embed/${SCENE}?step=batchnorm&lang=en`);
  });

  it('hides the step controls with controls=0 and keeps it in the URL', async () => {
    goTo(`#/embed/${SCENE}?controls=0&step=padding`);
    render(<App />);
    const root = await waitReady();
    expect(root.dataset.step).toBe('padding');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(document.querySelector('.embed-step')).toHaveTextContent(lnbnZh.steps.padding.title);
    expect(window.location.hash).toBe(`#/embed/${SCENE}?step=padding&controls=0`);
    expect(document.querySelector('[data-action="open-full"]')).toHaveAttribute('href', `#/q/${SCENE}?step=padding`);
  });
});

describe('App routes', () => {
  it('lists the 19 questions on #/', async () => {
    goTo('#/');
    render(<App />);
    const links = document.querySelectorAll('a[data-question]');
    expect(links).toHaveLength(19);
    expect(document.querySelectorAll('a[data-question][data-built="true"]')).toHaveLength(builtScenes.length);
    expect(document.querySelector(`a[data-question="${SCENE}"]`)).toHaveAttribute('href', `#/q/${SCENE}`);
  });

  it('says a question that has no scene yet is not built', async () => {
    // question 1 (prompt techniques) has no scene yet
    goTo('#/q/prompt-techniques');
    render(<App />);
    const box = document.querySelector('[data-question-status="not-built"]');
    expect(box).not.toBeNull();
    expect(screen.getByText(MESSAGES.zh.scene.notBuiltTitle)).toBeInTheDocument();
    expect(screen.getByText(fmt(MESSAGES.zh.scene.notBuiltBody, { n: 1 }))).toBeInTheDocument();
    expect(document.querySelector('[data-scene]')).toBeNull();
    expect(window.location.hash).toBe('#/q/prompt-techniques');
  });

  it('says an unknown id is unknown', async () => {
    goTo('#/q/nope');
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(fmt(MESSAGES.zh.scene.unknownScene, { id: 'nope' }));
    expect(screen.getByRole('link', { name: MESSAGES.zh.scene.backHome })).toHaveAttribute('href', '#/');
  });

  it('follows a hashchange from the home page to a scene', async () => {
    goTo('#/?lang=en');
    render(<App />);
    expect(document.querySelectorAll('a[data-question]')).toHaveLength(19);
    await act(async () => {
      goTo(`#/q/${SCENE}?step=padding`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const root = await waitReady();
    expect(root.dataset.step).toBe('padding');
    expect(useAppStore.getState().params).toMatchObject({ mode: 'bn', pad: 0.4 });
    expect(window.location.hash).toBe(`#/q/${SCENE}?step=padding`);
  });
});
