import { Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonProps & ComponentPropsWithoutRef<'a'>>(
  function MantineButtonAnchor(props, ref) {
    return <Button component="a" ref={ref} {...props} />;
  },
);

/** A Mantine Button that is a router link (a real `<a href>`: middle-click and copy-link work). */
export const ButtonLink = createLink(MantineButtonAnchor);
