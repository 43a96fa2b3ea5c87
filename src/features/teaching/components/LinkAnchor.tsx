import { forwardRef } from 'react';
import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';

type AnchorElementProps = AnchorProps & Omit<React.ComponentPropsWithoutRef<'a'>, keyof AnchorProps>;

const AnchorElement = forwardRef<HTMLAnchorElement, AnchorElementProps>(function AnchorElement(props, ref) {
  return <Anchor component="a" ref={ref} {...props} />;
});

/** A Mantine Anchor that navigates with the router, keeping typed `to`, `params` and `search`. */
export const LinkAnchor = createLink(AnchorElement);
