import katex from 'katex';
import 'katex/dist/katex.min.css';
import { Fragment, useMemo } from 'react';

function render(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, { displayMode, throwOnError: false, strict: 'ignore', output: 'htmlAndMathml' });
}

export interface FormulaProps {
  tex: string;
}

/** A display formula (KaTeX). */
export function Formula({ tex }: FormulaProps) {
  const html = useMemo(() => render(tex, true), [tex]);
  return <div className="formula" dangerouslySetInnerHTML={{ __html: html }} />;
}

export interface RichTextProps {
  text: string;
  as?: 'p' | 'span' | 'div';
  className?: string;
}

/** Text with inline math between `$…$` (KaTeX) and inline code between backticks (`<code>`). A lone `$` is kept as text. */
export function RichText({ text, as = 'span', className }: RichTextProps) {
  const parts = useMemo(() => {
    const out: { kind: 'text' | 'math' | 'code'; s: string }[] = [];
    const re = /\$([^$]+)\$|`([^`]+)`/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m.index > last) out.push({ kind: 'text', s: text.slice(last, m.index) });
      if (m[1] !== undefined) out.push({ kind: 'math', s: render(m[1], false) });
      else out.push({ kind: 'code', s: m[2] });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push({ kind: 'text', s: text.slice(last) });
    return out;
  }, [text]);
  const Tag = as;
  return (
    <Tag className={className}>
      {parts.map((p, i) =>
        p.kind === 'math' ? (
          <span key={i} className="math" dangerouslySetInnerHTML={{ __html: p.s }} />
        ) : p.kind === 'code' ? (
          <code key={i}>{p.s}</code>
        ) : (
          <Fragment key={i}>{p.s}</Fragment>
        ),
      )}
    </Tag>
  );
}
