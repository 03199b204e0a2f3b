import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startBackend } from './backend';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
root.render(<p className="boot">Starting Streamly…</p>);

startBackend().then(
  (backend) =>
    root.render(
      <StrictMode>
        <App backend={backend} />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <div role="alert" className="boot">
        <h1>Streamly could not start</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <p>The simulated platform needs a service worker: open the demo on http://localhost, not from a file.</p>
      </div>,
    ),
);
