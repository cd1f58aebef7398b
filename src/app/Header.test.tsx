import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n';
import { useAppStore } from '../store/store';
import { BackendBadge } from './Header';

const initialState = useAppStore.getState();
const text = () => document.querySelector('[data-readout="tf-backend"]')?.textContent;

afterEach(() => {
  cleanup();
  useAppStore.setState(initialState, true);
});

describe('BackendBadge', () => {
  it('reads "idle" before tfjs starts on a scene that needs it, and the backend once it runs', () => {
    useAppStore.setState({ lang: 'en', backend: 'idle' });
    render(<BackendBadge />);
    expect(text()).toBe(MESSAGES.en.backend.idle);
    act(() => useAppStore.setState({ backend: 'webgl' }));
    expect(text()).toBe('webgl');
  });

  it('reads "not needed" (with an explanation) on a scene that never starts tfjs, in both languages', () => {
    useAppStore.setState({ lang: 'zh', backend: 'idle' });
    const { container } = render(<BackendBadge needed={false} />);
    expect(text()).toBe(MESSAGES.zh.backend.notNeeded);
    expect(container.querySelector('.backend-badge')?.getAttribute('title')).toBe(MESSAGES.zh.backend.notNeededNote);
    act(() => useAppStore.setState({ lang: 'en' }));
    expect(text()).toBe(MESSAGES.en.backend.notNeeded);
    // a runtime started by an earlier scene is still reported as it is
    act(() => useAppStore.setState({ backend: 'cpu' }));
    expect(text()).toBe('cpu');
  });
});
