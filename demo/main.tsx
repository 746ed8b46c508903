import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'react-connected-apps/styles.css';
import './demo.css';
import { DemoApp } from './demo-app';
import type { DemoConfig } from './demo-config';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
const root = createRoot(container);

fetch('/demo-config.json')
  .then((response) => response.json() as Promise<DemoConfig>)
  .then((config) =>
    root.render(
      <StrictMode>
        <DemoApp config={config} />
      </StrictMode>,
    ),
  )
  .catch(() => {
    container.textContent = 'The demo server did not answer. Is `npm start` still running?';
  });
