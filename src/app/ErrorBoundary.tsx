import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoxProps {
  /** What failed, in the user's language. */
  title: string;
  /** The technical detail (error message). */
  detail?: string;
  /** Label and action of a retry button, when retrying makes sense. */
  retry?: { label: string; onClick: () => void };
}

/** A clear, non-blocking error message (role=alert) with an optional retry. */
export function ErrorBox({ title, detail, retry }: ErrorBoxProps) {
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>{title}</strong> {detail ? <code>{detail}</code> : null}
      </p>
      {retry ? (
        <button type="button" className="btn" onClick={retry.onClick}>
          {retry.label}
        </button>
      ) : null}
    </div>
  );
}

export interface ErrorBoundaryProps {
  /** Render the fallback for an error; `reset` tries the children again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** Changing this key clears the error (e.g. a different scene id). */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key?: string;
}

/** One broken scene never blanks the app: its error is caught here and shown in place. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    if (props.resetKey !== state.key) return { error: null, key: props.resetKey };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('[scene error]', error.message, info.componentStack?.split('\n')[1]?.trim());
  }

  reset = () => this.setState({ error: null });

  render() {
    if (this.state.error) return this.props.fallback(this.state.error, this.reset);
    return this.props.children;
  }
}
