import { Card, List, Stack, Text, Title } from '@mantine/core';
import type { ChartReview } from '../../fhir/assess';
import type { ChartAllergy } from '../../fhir/mapping';
import { FindingFlags } from './FindingFlags';

/** Active allergies; a baclofen allergy shows its contraindication. */
export function AllergyCard({
  allergies,
  review,
}: {
  allergies: readonly ChartAllergy[];
  review: ChartReview;
}) {
  const baclofenFindings = review.combined.filter((finding) =>
    /hypersensitivity/i.test(finding.subject ?? ''),
  );
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="allergies-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="allergies-title">
          Allergies
        </Title>
        {allergies.length === 0 ? (
          <Text size="sm" c="dark.6">
            No active allergies recorded.
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {allergies.map((allergy) => (
              <List.Item key={allergy.id || allergy.substance} style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={600} size="sm">
                  {allergy.substance}
                </Text>
                {allergy.reactions.length > 0 ? ` — ${allergy.reactions.join(', ')}` : ''}
                {allergy.criticality ? ` (criticality ${allergy.criticality})` : ''}
              </List.Item>
            ))}
          </List>
        )}
        {baclofenFindings.length > 0 ? <FindingFlags findings={baclofenFindings} /> : null}
      </Stack>
    </Card>
  );
}
