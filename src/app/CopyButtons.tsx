import { useState } from 'react';

export interface CopyButtonProps {
  action: string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  /** Text to copy, computed at click time (so it has the current state). */
  getText: () => string;
}

/** A button that copies text; when the clipboard is refused it shows the text to select instead. */
export function CopyButton({ action, label, copiedLabel, failedLabel, getText }: CopyButtonProps) {
  const [state, setState] = useState<{ status: 'idle' | 'copied' | 'failed'; text: string }>({ status: 'idle', text: '' });
  const onClick = async () => {
    const text = getText();
    try {
      await navigator.clipboard.writeText(text);
      setState({ status: 'copied', text });
      window.setTimeout(() => setState((s) => (s.status === 'copied' ? { status: 'idle', text: '' } : s)), 1800);
    } catch {
      setState({ status: 'failed', text });
    }
  };
  return (
    <span className="copy-wrap">
      <button type="button" className="btn" data-action={action} onClick={onClick}>
        {state.status === 'copied' ? copiedLabel : label}
      </button>
      {state.status === 'failed' ? (
        <span className="copy-fallback">
          <span>{failedLabel}</span>
          <input readOnly value={state.text} aria-label={label} onFocus={(e) => e.currentTarget.select()} />
        </span>
      ) : null}
    </span>
  );
}

/** The page's address without its hash. */
export function baseUrl(): string {
  return window.location.href.split('#')[0];
}

/** An iframe snippet for a scene state (16:9, responsive). */
export function embedSnippet(src: string, title: string): string {
  const esc = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${src}" title="${esc}" width="960" height="540" style="border:0;max-width:100%;aspect-ratio:16/9;height:auto" loading="lazy" allow="clipboard-write"></iframe>`;
}
