import type { ReactNode } from 'react';
import { AppShell, Badge, Burger, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBook2, IconCalculator, IconInfoCircle, IconSchool, IconUsers } from '@tabler/icons-react';
import { useRouterState } from '@tanstack/react-router';
import { NavItem } from './NavItem';
import { Disclaimer } from './Disclaimer';
import { isDemoMode, fhirBaseUrl } from '../lib/config';

const NAV = [
  { to: '/planner', label: 'Planner', description: 'Renal check, regimen, plan', icon: IconCalculator },
  { to: '/patients', label: 'Patients', description: 'Charts from the FHIR server', icon: IconUsers },
  { to: '/teaching', label: 'Teaching', description: 'Cases and what-ifs', icon: IconSchool },
  { to: '/about', label: 'About & sources', description: 'Evidence and ruleset', icon: IconBook2 },
] as const;

/** The application frame: header with product name and data source, navigation, disclaimer footer. */
export function AppLayout({ children, rulesetVersion }: { children: ReactNode; rulesetVersion: string }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      footer={{ height: { base: 44, sm: 60, xl: 40 } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <Stack gap={0}>
              <Title order={1} size="h4" c="brand.7">
                bacloplan
              </Title>
              <Text size="xs" c="dark.5" visibleFrom="xs">
                Baclofen planning for alcohol use disorder
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Tooltip label={`FHIR server: ${fhirBaseUrl}`}>
              <Badge
                variant="light"
                color={isDemoMode ? 'grape' : 'teal'}
                leftSection={<IconInfoCircle size={14} aria-hidden />}
              >
                {isDemoMode ? 'Demo data' : 'Live FHIR'}
              </Badge>
            </Tooltip>
            <Badge variant="outline" color="dark" visibleFrom="sm">
              Rules v{rulesetVersion}
            </Badge>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <Stack gap={4}>
          {NAV.map((item) => (
            <NavItem
              key={item.to}
              to={item.to}
              label={item.label}
              description={item.description}
              leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
              active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
              variant="filled"
              // Descriptions are dimmed by default, which is too faint on the filled active item.
              styles={{ description: { color: 'inherit', opacity: 1 } }}
              onClick={close}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
      <AppShell.Footer px="md" py={6} className="no-print">
        <Disclaimer />
      </AppShell.Footer>
    </AppShell>
  );
}
