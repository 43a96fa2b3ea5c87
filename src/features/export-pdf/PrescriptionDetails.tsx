import { Group, NativeSelect, TextInput } from '@mantine/core';
import { FILL_DAY_CHOICES } from '../../lib/prescription';
import { savePrescriberDetails, usePrescriberDetails } from '../../lib/prescriberDetails';

/**
 * The prescriber's name and registration number and the fill length, for the prescription page and
 * the chart. Entered once, kept on this device; left empty, the page prints blank lines to fill by hand.
 */
export function PrescriptionDetails() {
  const details = usePrescriberDetails();
  return (
    <Group gap="xs" align="flex-end" role="group" aria-label="Prescription details" wrap="wrap">
      <TextInput
        size="xs"
        label="Prescriber"
        description="Kept on this device"
        placeholder="Dr A. Martin"
        value={details.name}
        maxLength={120}
        onChange={(event) => savePrescriberDetails({ name: event.currentTarget.value })}
        w={180}
      />
      <TextInput
        size="xs"
        label="Registration number"
        description="RPPS, GMC, NPI…"
        value={details.registration}
        maxLength={120}
        onChange={(event) => savePrescriberDetails({ registration: event.currentTarget.value })}
        w={150}
      />
      <NativeSelect
        size="xs"
        label="Each fill covers"
        description="For the quantity"
        value={String(details.fillDays)}
        data={FILL_DAY_CHOICES.map((days) => ({ value: String(days), label: `${days} days` }))}
        onChange={(event) => savePrescriberDetails({ fillDays: Number(event.currentTarget.value) })}
        w={120}
      />
    </Group>
  );
}
