import { Alert, Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';

export function NotFoundPanel() {
  return (
    <Alert color="gray" title="Page not found">
      There is nothing at this address.{' '}
      <Anchor component={Link} to="/planner">
        Open the planner
      </Anchor>
      .
    </Alert>
  );
}
