import { Button, Popover, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { t } from '../i18n';
import {
  choosePreference,
  resetPreferences,
  usePreferences,
  type BrandMarket,
  type CreatinineUnitChoice,
  type DoseProfileChoice,
  type DrinkSizeG,
} from '../i18n/preferences';
import { isLanguage } from '../i18n/language';

/**
 * The header's language switcher, with the locale's clinical defaults beside it: each can be changed
 * and the choice stays on this device (never in a link, which may be opened on another).
 */
export function PreferencesMenu() {
  const preferences = usePreferences();
  return (
    <Popover position="bottom-end" withArrow shadow="md" width={300} trapFocus>
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconLanguage size={16} aria-hidden />}
          aria-label={t('prefs.button.label', { language: t(`prefs.language.${preferences.language}`) })}
        >
          {preferences.language.toUpperCase()}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={500} id="prefs-language-label" mb={4}>
              {t('prefs.language')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="prefs-language-label"
              value={preferences.language}
              onChange={(value) => {
                if (isLanguage(value)) choosePreference('language', value);
              }}
              data={[
                { value: 'en', label: 'English' },
                { value: 'fr', label: 'Français' },
              ]}
            />
          </div>
          <Select
            label={t('prefs.creatinineUnit')}
            allowDeselect={false}
            value={preferences.creatinineUnit}
            onChange={(value) => {
              if (value === 'mg/dL' || value === 'umol/L')
                choosePreference('creatinineUnit', value satisfies CreatinineUnitChoice);
            }}
            data={[
              { value: 'umol/L', label: 'µmol/L' },
              { value: 'mg/dL', label: 'mg/dL' },
            ]}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('prefs.drinkSize')}
            allowDeselect={false}
            value={String(preferences.drinkSizeG)}
            onChange={(value) => {
              const grams = Number(value);
              if (grams === 10 || grams === 8 || grams === 14)
                choosePreference('drinkSizeG', grams satisfies DrinkSizeG);
            }}
            data={[
              { value: '10', label: t('prefs.drinkSize.10') },
              { value: '8', label: t('prefs.drinkSize.8') },
              { value: '14', label: t('prefs.drinkSize.14') },
            ]}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('prefs.profile')}
            allowDeselect={false}
            value={preferences.profile}
            onChange={(value) => {
              if (value === 'standard' || value === 'fr-2018')
                choosePreference('profile', value satisfies DoseProfileChoice);
            }}
            data={[
              { value: 'fr-2018', label: t('regimen.profile.fr-2018') },
              { value: 'standard', label: t('regimen.profile.standard') },
            ]}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('prefs.brandsFirst')}
            allowDeselect={false}
            value={preferences.brandsFirst}
            onChange={(value) => {
              if (value === 'fr' || value === 'us')
                choosePreference('brandsFirst', value satisfies BrandMarket);
            }}
            data={[
              { value: 'fr', label: t('prefs.brandsFirst.fr') },
              { value: 'us', label: t('prefs.brandsFirst.us') },
            ]}
            comboboxProps={{ withinPortal: false }}
          />
          <Text size="xs" c="dark.5">
            {t('prefs.note')}
          </Text>
          <Button variant="default" size="xs" onClick={resetPreferences}>
            {t('prefs.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
