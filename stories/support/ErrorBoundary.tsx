import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * What a host would put around an embed: catches what a component throws while rendering
 * and shows its message (in stories, to show GiftKit's own error messages).
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Shown below; nothing else to do in a story.
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 16, border: '2px solid #b42318', borderRadius: 8, color: '#1a1d23', background: '#ffffff', fontFamily: 'system-ui, sans-serif' }}>
        <h2 style={{ margin: '0 0 8px', fontSize: '1.125rem' }}>{`${error.name} caught by the host’s error boundary`}</h2>
        <p style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{error.message}</p>
      </div>
    );
  }
}
