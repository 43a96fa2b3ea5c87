import { forwardRef, type ReactNode } from 'react';
import { NavLink, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';

interface NavAnchorProps extends Omit<NavLinkProps, 'label'> {
  label: ReactNode;
  href?: string;
}

const NavAnchor = forwardRef<HTMLAnchorElement, NavAnchorProps>(function NavAnchor(props, ref) {
  return <NavLink component="a" ref={ref} {...props} />;
});

/** A Mantine NavLink that navigates with the router (typed `to`, preloading, active state). */
export const NavItem = createLink(NavAnchor);
