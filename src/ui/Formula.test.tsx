import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RichText } from './Formula';

afterEach(cleanup);

describe('RichText', () => {
  it('renders $…$ with KaTeX, `…` as code, and the rest as plain text', () => {
    const { container } = render(<RichText text="HF `generate` applies $T$ first; a lone $ stays" />);
    expect(container.querySelector('code')?.textContent).toBe('generate');
    expect(container.querySelector('.math .katex')).not.toBeNull();
    expect(container.textContent).toContain('applies');
    expect(container.textContent).toContain('a lone $ stays');
    expect(container.textContent).not.toContain('`');
  });
});
