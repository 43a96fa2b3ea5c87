import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { Alert } from '@mantine/core';
import type { ModalProps } from '@mantine/core';
import { t } from '../i18n';

const Modal = lazy(() => import('./ModalImpl'));

/** Shown in place of a dialog whose code could not be downloaded (offline, a deploy in between). */
class DialogLoadBoundary extends Component<{ children: ReactNode; title: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" role="alert" title={t('dialog.failed')}>
        {t('dialog.failed.body', { title: String(this.props.title) })}
      </Alert>
    );
  }
}

/**
 * Mantine's Modal, with its code loaded the first time the dialog opens rather than with the page.
 * Once opened it stays mounted, so closing still animates and returns focus to the button that
 * opened it.
 */
export function LazyModal(props: ModalProps) {
  const [used, setUsed] = useState(props.opened);
  if (props.opened && !used) setUsed(true);
  if (!used) return null;
  return (
    <DialogLoadBoundary title={props.title}>
      <Suspense fallback={null}>
        <Modal {...props} />
      </Suspense>
    </DialogLoadBoundary>
  );
}
