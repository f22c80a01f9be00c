import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { RequestFailure } from '../lib/requestFailure';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // A rejected key will not get better by asking again; anything else gets one retry.
        retry: (failureCount, error) =>
          failureCount < 1 &&
          !(
            error instanceof RequestFailure &&
            (error.wire.status === 401 || error.wire.status === 403)
          ),
      },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient);
  return (
    // No Tooltip.Provider here: each HelpTip brings its own when it loads (see Tip.tsx).
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}
