import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { t } from '../i18n';

interface Props {
  /** Which panel failed, in the user's words. */
  panel: string;
  children: ReactNode;
  /** Changing this key (e.g. the inputs) retries the panel automatically. */
  resetKey?: string;
  /** What to show instead of the generic message, when the panel has its own words for failing. */
  fallback?: ReactNode;
}

interface State {
  error?: Error;
  resetKey?: string;
}

/** One failing panel must not take the planner down: it says what failed; the inputs stay intact. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: undefined };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`Panel "${this.props.panel}" failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    if (this.props.fallback) return this.props.fallback;
    return (
      <Alert color="red" title={t('panel.failed', { panel: this.props.panel })} role="alert">
        <Stack gap="xs">
          <Text size="sm">{this.state.error.message}</Text>
          <Text size="sm">{t('panel.inputsKept')}</Text>
          <Button size="xs" variant="light" onClick={() => this.setState({ error: undefined })}>
            {t('panel.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
}
