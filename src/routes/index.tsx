import { createFileRoute, redirect } from '@tanstack/react-router';

/** The planner is where a prescriber spends their time, so it is the start page. */
export const Route = createFileRoute('/')({
  beforeLoad: () => {
    throw redirect({ to: '/planner' });
  },
});
