import { Badge } from '@mantine/core';
import type { CaseTopic } from '../caseTypes';
import { TOPIC_STYLE } from '../topics';

export function TopicBadge({ topic }: { topic: CaseTopic }) {
  const style = TOPIC_STYLE[topic];
  // The light variant's text shades fail WCAG AA on their own tint: dark text, tinted icon.
  const iconColor = `var(--mantine-color-${style.color}-9)`;
  const textColor = 'var(--mantine-color-dark-8)';
  return (
    <Badge
      variant="light"
      color={style.color}
      tt="none"
      leftSection={<style.Icon size={14} aria-hidden />}
      styles={{ root: { color: iconColor }, label: { color: textColor } }}
    >
      {topic}
    </Badge>
  );
}
