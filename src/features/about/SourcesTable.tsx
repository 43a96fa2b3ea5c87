import { ScrollTable } from '../../components/ScrollTable';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { SOURCES } from '../../rules';
import { EvidenceBadge } from '../../components/EvidenceBadge';
import { t } from '../../i18n';

/** Every source the clinical rules cite, with its evidence label and a link the clinician can open. */
export function SourcesTable() {
  const sources = Object.values(SOURCES).sort((a, b) => a.citation.localeCompare(b.citation));
  return (
    <ScrollTable minWidth={600} label={t('sources.scrolls')}>
      <Table striped verticalSpacing="xs" aria-label={t('sources.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sources.source')}</Table.Th>
            <Table.Th scope="col">{t('sources.evidence')}</Table.Th>
            <Table.Th scope="col">{t('sources.key')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.map((source) => (
            <Table.Tr key={source.key} id={`source-${source.key}`}>
              <Table.Td>
                {source.url ? (
                  <Anchor href={source.url} target="_blank" rel="noopener noreferrer" size="sm">
                    {source.citation}
                  </Anchor>
                ) : (
                  <Text size="sm">{source.citation}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <EvidenceBadge evidence={source.evidence} />
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray" tt="none">
                  {source.key}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
