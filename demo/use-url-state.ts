import { useCallback, useState } from 'react';

/** The page's choices, kept in the query string so a view can be linked and reloaded. */
export interface DemoSelection {
  org: string;
  app: string;
  /** A member whose apps are shown instead of the app, or `''`. */
  member: string;
  /** A seeded session id, or `none`. */
  as: string;
  theme: 'system' | 'light' | 'dark';
}

function read(defaults: DemoSelection): DemoSelection {
  const params = new URLSearchParams(window.location.search);
  const theme = params.get('theme');
  return {
    org: params.get('org') ?? defaults.org,
    app: params.get('app') ?? defaults.app,
    member: params.get('member') ?? defaults.member,
    as: params.get('as') ?? defaults.as,
    theme: theme === 'light' || theme === 'dark' ? theme : defaults.theme,
  };
}

/** Like `useState`, mirrored into `?org=&app=&member=&as=&theme=` with `history.replaceState`. */
export function useUrlState(defaults: DemoSelection): [DemoSelection, (change: Partial<DemoSelection>) => void] {
  const [selection, setSelection] = useState(() => read(defaults));
  const update = useCallback((change: Partial<DemoSelection>) => {
    setSelection((current) => {
      const next = { ...current, ...change };
      const params = new URLSearchParams({ org: next.org, app: next.app, as: next.as });
      if (next.member) params.set('member', next.member);
      if (next.theme !== 'system') params.set('theme', next.theme);
      window.history.replaceState(null, '', `?${params}`);
      return next;
    });
  }, []);
  return [selection, update];
}
