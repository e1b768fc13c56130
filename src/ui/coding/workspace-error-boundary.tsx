import { Component, type ErrorInfo, type ReactNode } from "react";
import { ConfirmDialog } from "../common/confirm-dialog.tsx";

export interface WorkspaceErrorBoundaryProps {
  /** Removes the draft kept in this browser and starts again from the chart. */
  onDiscard(): void;
  children: ReactNode;
}

interface BoundaryState {
  error?: Error;
  /** "Discard local draft" was pressed: the question is on screen. */
  asking?: boolean;
}

/**
 * When the coding workspace fails to render, says what happened instead of a blank page and
 * offers a way out: discard the local draft (start from the chart) or try again.
 */
export class WorkspaceErrorBoundary extends Component<WorkspaceErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("The coding workspace could not be shown", error, info.componentStack);
  }

  private readonly discard = () => {
    this.props.onDiscard();
    this.setState({ error: undefined, asking: false });
  };

  private readonly retry = () => this.setState({ error: undefined });

  override render(): ReactNode {
    const { error, asking } = this.state;
    if (!error) return this.props.children;
    return (
      <section role="alert" aria-label="Workspace problem" className="card alert">
        <p className="alert-title">The coding workspace could not be shown.</p>
        <p>{error.message}</p>
        <p>The draft saved in this browser may be the cause: discarding it starts again from the chart.</p>
        <div className="actions">
          <button type="button" onClick={() => this.setState({ asking: true })}>Discard local draft</button>
          <button type="button" className="secondary" onClick={this.retry}>Try again</button>
        </div>
        {asking && (
          <ConfirmDialog open title="Discard the local draft?" message="The draft saved in this browser for this encounter is removed, and the work starts again from the chart. This cannot be undone."
            confirmLabel="Discard the draft" cancelLabel="Keep the draft" onConfirm={this.discard} onCancel={() => this.setState({ asking: false })} />
        )}
      </section>
    );
  }
}
