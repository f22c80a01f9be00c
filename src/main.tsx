import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppOrEmbed } from './app/AppOrEmbed';
import { Providers } from './app/Providers';
import { loadRuntimeConfig } from './features/config/loadConfig';
import './app/app.css';

// Before the first render: it decides whether this is a fresh profile.
void loadRuntimeConfig();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <AppOrEmbed />
    </Providers>
  </StrictMode>,
);
