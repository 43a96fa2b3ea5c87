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
  const [phase, setPhase] = useState<Phase>(() =>
    params.error
      ? { step: 'failed', message: [params.error, params.error_description].filter(Boolean).join(': ') }
      : params.code || params.iss
        ? {
            step: 'working',
            message: params.code ? 'Completing sign-in…' : 'Redirecting to your EHR to sign in…',
          }
        : { step: 'idle' },
  );
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
      if (params.error) return;
      if (params.code && params.state) {
        completion ??= smart.completeSmartLaunch({ code: params.code, state: params.state });
        completion
          .then(({ patientId }) => {
            if (cancelled) return;
            if (patientId)
              void navigate({ to: '/patients/$patientId', params: { patientId }, replace: true });
            else void navigate({ to: '/patients', replace: true });
          })
          .catch(fail);
      } else if (params.iss) {
        smart
          .authorizeSmart({ iss: params.iss, ...(params.launch ? { launch: params.launch } : {}) })
          .catch(fail);
      }
    }, fail);
    return () => {
      cancelled = true;
    };
  }, [params.code, params.state, params.iss, params.launch, params.error, navigate]);

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
