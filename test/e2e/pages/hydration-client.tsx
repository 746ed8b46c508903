import { hydrateRoot } from 'react-dom/client';
import { App } from './hydration-app';

const root = document.getElementById('root');
if (root === null) throw new Error('No #root to hydrate');
hydrateRoot(root, <App />, {
  onRecoverableError: (error) => console.error(`recoverable: ${error instanceof Error ? error.message : error}`),
});
Object.assign(window, { hydrated: true });
