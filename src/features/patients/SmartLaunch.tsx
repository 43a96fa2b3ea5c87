import { Alert, Button, Card, Code, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconLogin } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';

export interface SmartLaunchParams {
  iss?: string;
  launch?: string;
  code?: string;
  state?: string;
  error?: string;
  error_description?: string;
}

type Phase = { step: 'idle' } | { step: 'working'; message: string } | { step: 'failed'; message: string };

/** What the page was opened to do, decided once from the address it was opened with. */
export type LaunchIntent =
  | { kind: 'idle' }
  | { kind: 'failed'; message: string }
  | { kind: 'complete'; code: string; state: string }
  | { kind: 'authorize'; iss: string; launch?: string };

/**
 * The redirect back carries `code` and `state`, and often `iss` too: the authorisation server's own
 * issuer (RFC 9207), not an EHR launch. So a code always means "complete the sign-in"; only without
 * one does `iss` (with the EHR's `launch`) start an authorisation.
 */
export function launchIntent(params: SmartLaunchParams): LaunchIntent {
  if (params.error) {
    return { kind: 'failed', message: [params.error, params.error_description].filter(Boolean).join(': ') };
  }
  if (params.code || params.state) {
    return params.code && params.state
      ? { kind: 'complete', code: params.code, state: params.state }
      : { kind: 'failed', message: 'The sign-in came back without its code or state. Start it again.' };
  }
  if (params.iss)
    return { kind: 'authorize', iss: params.iss, ...(params.launch ? { launch: params.launch } : {}) };
  return { kind: 'idle' };
}

function initialPhase(intent: LaunchIntent): Phase {
  switch (intent.kind) {
    case 'failed':
      return { step: 'failed', message: intent.message };
    case 'complete':
      return { step: 'working', message: 'Completing sign-in…' };
    case 'authorize':
      return { step: 'working', message: 'Redirecting to your EHR to sign in…' };
    case 'idle':
      return { step: 'idle' };
  }
}

// The redirect back carries a one-time code; React's development double effects must not spend it twice.
let completion: Promise<{ patientId: string | null }> | undefined;

function loadSmart() {
  return import('../../fhir/smart');
}

/**
 * SMART App Launch page (`/launch`): the EHR opens it with `iss` + `launch`; the authorisation server
 * sends the browser back to it with `code` + `state`. Without parameters it offers a standalone sign-in.
 */
export function SmartLaunch({ params }: { params: SmartLaunchParams }) {
  const navigate = useNavigate();
  // Decided once: completing the sign-in rewrites the address (fhirclient removes code and state), and
  // what is left (`iss` of the authorisation server) must not start another launch.
  const [intent] = useState(() => launchIntent(params));
  const [phase, setPhase] = useState<Phase>(() => initialPhase(intent));
  const [settings, setSettings] = useState<{ available: boolean; serverUrl: string } | undefined>();

  useEffect(() => {
    let cancelled = false;
    const fail = (error: unknown) => {
      if (!cancelled)
        setPhase({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    };
    void loadSmart().then((smart) => {
      if (cancelled) return;
      setSettings(smart.smartSettings());
      if (intent.kind === 'complete') {
        completion ??= smart.completeSmartLaunch({ code: intent.code, state: intent.state });
        completion
          .then(({ patientId }) => {
            if (cancelled) return;
            if (patientId)
              void navigate({ to: '/patients/$patientId', params: { patientId }, replace: true });
            else void navigate({ to: '/patients', replace: true });
          })
          .catch(fail);
      } else if (intent.kind === 'authorize') {
        smart
          .authorizeSmart({ iss: intent.iss, ...(intent.launch ? { launch: intent.launch } : {}) })
          .catch(fail);
      }
    }, fail);
    return () => {
      cancelled = true;
    };
  }, [intent, navigate]);

  const standalone = () => {
    setPhase({ step: 'working', message: 'Redirecting to the FHIR server to sign in…' });
    void loadSmart()
      .then((smart) => smart.authorizeSmart({}))
      .catch((error: unknown) =>
        setPhase({ step: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  };

  return (
    <Stack gap="lg" maw={760}>
      <Title order={2}>Sign in with your EHR (SMART on FHIR)</Title>
      {phase.step === 'working' ? (
        <Card withBorder padding="lg" role="status">
          <Stack align="center" gap="sm">
            <Loader aria-hidden />
            <Text>{phase.message}</Text>
          </Stack>
        </Card>
      ) : null}
      {phase.step === 'failed' ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title="The SMART launch did not complete"
          role="alert"
        >
          <Text size="sm">{phase.message}</Text>
          <Text size="sm" mt="xs">
            Launch bacloplan again from the EHR. If this keeps happening, give this message to your EHR
            administrator.
          </Text>
        </Alert>
      ) : null}
      {phase.step !== 'working' ? (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Text>
              Opened from an EHR, bacloplan receives the patient in context and a token to read the chart and
              save plans to it. Opened directly, you can sign in to the configured FHIR server and pick a
              patient there.
            </Text>
            <List size="sm" spacing={4}>
              <List.Item>
                FHIR server: <Code>{settings?.serverUrl ?? '…'}</Code>
              </List.Item>
              <List.Item>
                EHR launch URL to register: this page, <Code>/launch</Code> (it is also the redirect URL).
              </List.Item>
            </List>
            {settings && !settings.available ? (
              <Alert color="gray" title="SMART launch is not configured">
                This build uses{' '}
                {settings.serverUrl === '/fhir'
                  ? 'the built-in demo FHIR server, which has no sign-in'
                  : 'a FHIR server without a SMART client id'}
                . Set <Code>VITE_FHIR_BASE_URL</Code> and <Code>VITE_SMART_CLIENT_ID</Code> at build time to
                enable it.
              </Alert>
            ) : (
              <Button
                leftSection={<IconLogin size={18} aria-hidden />}
                onClick={standalone}
                disabled={!settings}
                w="fit-content"
              >
                Sign in to the FHIR server
              </Button>
            )}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
