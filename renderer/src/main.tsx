import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDeskApi } from './api';
import { App } from './components/App';
import { DiffController } from './editor/controller';
import { createDeskStore } from './store';
import { DeskProvider } from './store/provider';
import './styles/app.css';

const api = createDeskApi();
const store = createDeskStore(api);
const controller = new DiffController();
void store.getState().boot();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DeskProvider store={store} api={api}>
      <App controller={controller} />
    </DeskProvider>
  </StrictMode>,
);
