import { useEffect, useState } from 'react';
import { Modal, type ModalProps } from '@mantine/core';

/**
 * Mantine's Modal, in its own chunk (portal, focus trap, scroll lock), loaded by LazyModal the first
 * time a dialog opens. It mounts closed and opens a frame later: Mantine remembers the element
 * to return focus to when `opened` turns true, which it never sees in a Modal mounted already open.
 */
export default function ModalImpl({ opened, ...props }: ModalProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setMounted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return <Modal {...props} opened={mounted && opened} />;
}
