import { Anchor, Group, Text } from '@mantine/core';
import { resolveSource } from '../rules';

/** The sources behind a rule, each a link the clinician can open (external links open in a new tab). */
export function SourceLinks({ sources }: { sources: readonly string[] }) {
  if (sources.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      <Text size="xs" c="dark.5" component="span">
        Sources:
      </Text>
      {sources.map((key) => {
        const source = resolveSource(key);
        return source.url ? (
          <Anchor
            key={key}
            href={source.url}
            size="xs"
            target={source.url.startsWith('http') ? '_blank' : undefined}
            rel="noopener noreferrer"
            title={source.citation}
          >
            {shortCitation(source.citation)}
          </Anchor>
        ) : (
          <Text key={key} size="xs" component="span" title={source.citation}>
            {shortCitation(source.citation)}
          </Text>
        );
      })}
    </Group>
  );
}

/** "Addolorato G et al. Baclofen … 2002;37:504" → "Addolorato G et al. 2002"-style short form. */
function shortCitation(citation: string): string {
  const firstSentence = citation.split('. ')[0] ?? citation;
  const year = /\b(19|20)\d{2}\b/.exec(citation)?.[0];
  const short = firstSentence.length > 48 ? `${firstSentence.slice(0, 45)}…` : firstSentence;
  return year && !short.includes(year) ? `${short} (${year})` : short;
}
