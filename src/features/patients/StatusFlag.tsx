import { Badge, Tooltip } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { FLAG_PALETTE } from './severity';

interface StatusFlagProps {
  label: string;
  color: string;
  Icon: Icon;
  /** Longer explanation, shown on hover/focus and read by screen readers. */
  description?: string;
}

/** A flag that carries its meaning in an icon and words, with colour as a third, redundant cue. */
export function StatusFlag({ label, color, Icon, description }: StatusFlagProps) {
  const palette = FLAG_PALETTE[color] ?? FLAG_PALETTE.gray;
  const badge = (
    <Badge
      variant="light"
      tt="none"
      radius="sm"
      size="md"
      fw={600}
      leftSection={<Icon size={14} stroke={2} aria-hidden />}
      styles={{
        root: {
          maxWidth: '100%',
          ...palette,
          borderWidth: 1,
          borderStyle: 'solid',
          height: 'auto',
          minHeight: 22,
        },
        label: {
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'normal',
          lineHeight: 1.35,
          paddingBlock: 2,
        },
      }}
      {...(description ? { tabIndex: 0, 'aria-label': `${label}. ${description}` } : {})}
    >
      {label}
    </Badge>
  );
  return description ? (
    <Tooltip label={description} multiline maw={320} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
