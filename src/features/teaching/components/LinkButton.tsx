import { forwardRef } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';

type ButtonAnchorProps = ButtonProps & Omit<React.ComponentPropsWithoutRef<'a'>, keyof ButtonProps>;

const ButtonAnchor = forwardRef<HTMLAnchorElement, ButtonAnchorProps>(function ButtonAnchor(props, ref) {
  return <Button component="a" ref={ref} {...props} />;
});

/** A Mantine Button that navigates with the router, keeping typed `to`, `params` and `search`. */
export const LinkButton = createLink(ButtonAnchor);
