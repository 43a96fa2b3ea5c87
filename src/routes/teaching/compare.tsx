import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { parseCompareSearch, type CompareSearch } from '../../features/teaching/compareSearchParse';
import { resolveCompare } from '../../features/teaching/compareSearch';
import { WhatIfLab } from '../../features/teaching/components/WhatIfLab';

export const Route = createFileRoute('/teaching/compare')({
  validateSearch: (raw: Record<string, unknown>): CompareSearch => parseCompareSearch(raw),
  component: ComparePage,
});

function ComparePage() {
  const search = Route.useSearch();
  const navigate = useNavigate({ from: '/teaching/compare' });
  const compare = useMemo(() => resolveCompare(search), [search]);
  return (
    <WhatIfLab
      compare={compare}
      onChange={(patch) =>
        void navigate({
          search: (previous) => {
            const next: Record<string, unknown> = { ...previous, ...patch };
            for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
            return next as CompareSearch;
          },
          replace: true,
          resetScroll: false,
        })
      }
    />
  );
}
