import { fmt, MESSAGES } from '../i18n';
import { useAppStore } from '../store/store';
import type { CodecIssue } from '../store/paramsCodec';
import type { ShellMessages } from '../i18n';

/** The sentence for one URL issue. */
export function issueText(issue: CodecIssue, t: ShellMessages['notices']): string {
  const vars = { key: issue.key, raw: issue.raw, value: issue.value ?? '' };
  if (issue.key === 'lang') return fmt(t.badLang, vars);
  switch (issue.kind) {
    case 'clamped':
      return fmt(t.clamped, vars);
    case 'invalid':
      return fmt(t.invalid, vars);
    case 'unknownParam':
      return fmt(t.unknownParam, vars);
    case 'unknownStep':
      return fmt(t.unknownStep, vars);
  }
}

/** Visible, dismissible notices (e.g. URL values that were clamped). */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const lang = useAppStore((s) => s.lang);
  const t = MESSAGES[lang].notices;
  const backend = useAppStore((s) => s.backend);
  const backendError = useAppStore((s) => s.backendError);
  const b = MESSAGES[lang].backend;
  return (
    <div className="notices">
      {backend === 'cpu' ? (
        <div className="notice info" role="status">
          <span>{b.cpuNote}</span>
        </div>
      ) : null}
      {backend === 'error' ? (
        <div className="notice warn" role="alert">
          <span>
            {b.failed} {backendError}
          </span>
        </div>
      ) : null}
      {notices.map((n) => (
        <div key={n.id} className="notice warn" role="status" data-notice={n.issue.kind}>
          <span>{issueText(n.issue, t)}</span>
          <button type="button" className="btn small" data-action="dismiss-notice" onClick={() => useAppStore.getState().dismissNotice(n.id)}>
            {t.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
