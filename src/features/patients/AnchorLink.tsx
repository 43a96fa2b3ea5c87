import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & ComponentPropsWithoutRef<'a'>>(
  function MantineAnchor(props, ref) {
    return <Anchor component="a" ref={ref} {...props} />;
  },
);

/** A Mantine Anchor that navigates with the router (typed `to`, `params`, `search`, preloading). */
export const AnchorLink = createLink(MantineAnchor);
