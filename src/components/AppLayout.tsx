import type { ReactNode } from 'react';
import { AppShell, Badge, Burger, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBook2, IconCalculator, IconInfoCircle, IconSchool, IconUsers } from '@tabler/icons-react';
import { useRouterState } from '@tanstack/react-router';
import { NavItem } from './NavItem';
import { Disclaimer } from './Disclaimer';
import { isDemoMode, fhirBaseUrl } from '../lib/config';
import { t } from '../i18n';
import { PreferencesMenu } from './PreferencesMenu';

const NAV = [
  { to: '/planner', key: 'planner', icon: IconCalculator },
  { to: '/patients', key: 'patients', icon: IconUsers },
  { to: '/teaching', key: 'teaching', icon: IconSchool },
  { to: '/about', key: 'about', icon: IconBook2 },
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
              aria-label={t(opened ? 'shell.navigation.close' : 'shell.navigation.open')}
            />
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <Stack gap={0}>
              <Title order={1} size="h4" c="brand.7">
                bacloplan
              </Title>
              <Text size="xs" c="dark.5" visibleFrom="xs">
                {t('shell.tagline')}
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <PreferencesMenu />
            <Tooltip label={t('shell.fhirServer', { url: fhirBaseUrl })}>
              <Badge
                variant="light"
                color={isDemoMode ? 'grape' : 'teal'}
                leftSection={<IconInfoCircle size={14} aria-hidden />}
              >
                {t(isDemoMode ? 'shell.demoData' : 'shell.liveFhir')}
              </Badge>
            </Tooltip>
            <Badge variant="outline" color="dark" visibleFrom="sm">
              {t('shell.rulesVersion', { version: rulesetVersion })}
            </Badge>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.navigation.label')}>
        <Stack gap={4}>
          {NAV.map((item) => (
            <NavItem
              key={item.to}
              to={item.to}
              label={t(`nav.${item.key}`)}
              description={t(`nav.${item.key}.description`)}
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
