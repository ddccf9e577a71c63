import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './api';
import { App } from './app/app';
import { initTheme } from './app/theme/theme-store';
import './index.css';

// The theme is applied before React renders anything, so there is no flash of the wrong theme and
// no inline script is needed in index.html (the strict CSP forbids them).
initTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root, {
  // API errors caught by a boundary are explained on the page (ErrorState); logging them again
  // would only add noise. Anything else is a bug and is reported as React does by default.
  onCaughtError(error, info) {
    if (isApiError(error)) return;
    console.error(error, info.componentStack);
  },
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
