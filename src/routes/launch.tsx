import { createFileRoute } from '@tanstack/react-router';
import { SmartLaunch, type SmartLaunchParams } from '../features/patients/SmartLaunch';

const KEYS = ['iss', 'launch', 'code', 'state', 'error', 'error_description'] as const;

/** SMART App Launch entry and redirect URL (see README "FHIR server and SMART launch"). */
export const Route = createFileRoute('/launch')({
  validateSearch: (search: Record<string, unknown>): SmartLaunchParams => {
    const params: SmartLaunchParams = {};
    for (const key of KEYS) {
      const value = search[key];
      // The router parses JSON-looking values ("123" → 123); SMART parameters are always strings.
      if ((typeof value === 'string' || typeof value === 'number') && String(value).length <= 2000) {
        params[key] = String(value);
      }
    }
    return params;
  },
  component: LaunchRoute,
});

function LaunchRoute() {
  return <SmartLaunch params={Route.useSearch()} />;
}
