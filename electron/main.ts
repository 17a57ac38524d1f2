// The Electron main process: wires the backend (store, handlers, event bus) to one locked-down window. The logic
// lives in plain, tested modules under ./shell; this file only connects them to Electron's objects.
import { dirname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type WebContents } from 'electron';
import log from 'electron-log/main';
import { EventBus } from '../shared/api/bus';
import type { ApiErrorBody, ApiHandlers, Envelope, ImportReport, Language } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { createHandlers } from './api/handlers';
import { userDataDir } from './platform/paths';
import { sqliteBindingFor } from './platform/sqliteBinding';
import { GALLEY_VERSION } from './platform/version';
import { serviceContext } from './services/context';
import { stopFindWorker } from './services/find-pool';
import { startReaders } from './services/reader-pool';
import { startSearchIndexer } from './services/search-indexer';
import { workerEngine } from './services/suspicion-pool';
import { startSuspicionRunner } from './services/suspicion-runner';
import { appArguments, handedOverPaths, pathsToImport, type Handover } from './shell/argv';
import { CALL_CHANNEL, COMMAND_CHANNEL, EVENT_CHANNEL } from './shell/channels';
import { guardClose } from './shell/closeGuard';
import { CONTENT_SECURITY_POLICY } from './shell/csp';
import { confineToChosenPaths } from './shell/chosenPaths';
import { createDialogs } from './shell/dialogs';
import { describeError, isCrash, isNativeAbiMismatch, isReportableLoadFailure } from './shell/failures';
import { createCallHandler, createDeskMessenger, forwardEvents, IPC_CONTEXT, observeSettings } from './shell/ipc';
import { buildMenuTemplate, toElectronTemplate, type MenuApiCall } from './shell/menu';
import { shellText } from './shell/messages';
import { handleWindowOpen, isAllowedNavigation, navigationDecision } from './shell/navigation';
import { createOpenQueue } from './shell/openQueue';
import { denyPermissionsByDefault } from './shell/permissions';
import { createAppProtocolHandler } from './shell/protocol';
import { resourcePaths } from './shell/resources';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './shell/scheme';
import { MIN_HEIGHT, MIN_WIDTH, windowOptions } from './shell/windowOptions';
import { clampToDisplays, loadWindowState, saveWindowState, trackWindowState } from './shell/windowState';
import { openStore } from './store/store';

const dev = !app.isPackaged;
const here = import.meta.dirname; // out/main
const repoRoot = join(here, '..', '..');
const defaultApp = process.defaultApp === true;

let win: BrowserWindow | null = null;
let handlers: ApiHandlers | null = null;
let language: Language = 'zh-CN';
let closeStore: (() => void) | null = null;
const text = () => shellText(language);
const resources = () => resourcePaths({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, repoRoot, platform: process.platform });

// One per-user folder for the app and the CLI (GALLEY_DATA_DIR overrides); set before the single-instance lock,
// which is taken per folder.
app.setPath('userData', userDataDir());
const userData = app.getPath('userData');
const logFile = join(userData, 'logs', 'main.log');
log.transports.file.resolvePathFn = () => logFile;
log.errorHandler.startCatching({
  showDialog: false,
  onError: ({ error }) => {
    log.error('Uncaught error in main:', error);
    dialog.showErrorBox(text().errorTitle, text().unexpected(describeError(error)));
    return false;
  },
});
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

/** Send to the window's page, if there is one to receive it. */
function sendToWindow(channel: string, message: unknown): void {
  if (win && !win.isDestroyed()) win.webContents.send(channel, message);
}

const messenger = createDeskMessenger((message) => sendToWindow(COMMAND_CHANNEL, message));
const openQueue = createOpenQueue((paths) => void importOpened(paths));
const launchPaths = pathsToImport(appArguments(process.argv, defaultApp), process.cwd());

// macOS hands over files opened in Finder this way, possibly before 'ready'.
app.on('open-file', (event, path) => {
  event.preventDefault();
  openQueue.add(pathsToImport([path], process.cwd()));
});

if (!app.requestSingleInstanceLock({ paths: launchPaths } satisfies Handover)) {
  // The running instance gets our paths through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    showWindow();
    openQueue.add(handedOverPaths(additionalData, argv, workingDirectory, defaultApp));
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (handlers && !win) createWindow();
  });
  app.on('will-quit', () => closeStore?.());
  app.whenReady().then(start, (error: unknown) => failStart(error));
}

async function start(): Promise<void> {
  try {
    // Windows groups the taskbar button and notifications by this id; the installer registers the same appId.
    if (process.platform === 'win32') app.setAppUserModelId('com.galley.desk');
    app.setAboutPanelOptions({ applicationName: '校样台 Galley', applicationVersion: GALLEY_VERSION });
    denyPermissionsByDefault(session.defaultSession);
    const dbPath = join(userData, 'galley.db');
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: join(here, '..', 'renderer'), csp: CONTENT_SECURITY_POLICY, scanDir: join(userData, 'scans') }));

    // In development `galley start` names an Electron build of better-sqlite3; node_modules holds Node's.
    const nativeBinding = sqliteBindingFor(app.isPackaged, process.env);
    const store = openStore(dbPath, { nativeBinding });
    const bus = new EventBus();
    const indexer = startSearchIndexer(store, bus, { onError: (error) => log.error('Search indexing stopped:', error) });
    const engine = workerEngine(store);
    const suspicions = startSuspicionRunner(store, bus, engine, { onError: (error) => log.error('Suspicion engine stopped:', error) });
    const readers = startReaders(serviceContext(store, bus), dbPath, { nativeBinding });
    closeStore = () => {
      indexer.dispose();
      suspicions.dispose();
      void engine.dispose();
      void readers.close();
      void stopFindWorker();
      store.close();
    };
    const dialogs = createDialogs({
      dialog: {
        showOpenDialog: (options) => (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)),
        showSaveDialog: (options) => (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)),
      },
      language: () => language,
      documentsDir: app.getPath('documents'),
    });
    const { samplesDir } = resources();
    const info = { version: GALLEY_VERSION, host: 'electron', nativeDialogs: true, dbPath } as const;
    handlers = observeSettings(createHandlers({ store, bus, info, dialogs, samplesDir, readers }), (settings) => {
      language = settings.language;
      setMenu();
      messenger.post({ kind: 'settings', settings });
    });
    language = (await handlers['settings.get']({}, IPC_CONTEXT)).language;
    log.info(`Galley ${GALLEY_VERSION} starting; store ${dbPath}`);

    forwardEvents(bus, (message) => sendToWindow(EVENT_CHANNEL, message));
    const call = createCallHandler({
      // The window names paths only as the user chose them; files opened from the OS (openQueue) bypass this.
      handlers: confineToChosenPaths(handlers),
      mainFrame: () => (win && !win.isDestroyed() ? win.webContents.mainFrame : null),
      onRefused: (method, frame) => log.warn(`Refused IPC call ${String(method)} from ${frame?.url ?? 'an unknown frame'}`),
    });
    ipcMain.handle(CALL_CHANNEL, (event, method: unknown, payload: unknown) => call(event.senderFrame, method, payload));

    setMenu();
    createWindow();
    openQueue.add(launchPaths);
    openQueue.start();
  } catch (error) {
    failStart(error);
  }
}

function failStart(error: unknown): void {
  log.error('Galley could not start:', error);
  const detail = describeError(error);
  dialog.showErrorBox(text().errorTitle, text().startFailed(isNativeAbiMismatch(error) ? `${detail}\n\n${text().nativeAbiHint}` : detail));
  app.exit(1);
}

/** The checklist for every webContents: no navigation away, no new windows, no webviews. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    if (navigationDecision(event.url) === 'external') openLink(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openLink));
}

/** An https link the desk shows, in the system browser. */
function openLink(url: string): void {
  shell.openExternal(url).catch((error: unknown) => log.warn(`Could not open ${url}:`, error));
}

function createWindow(): void {
  const stateFile = join(userData, 'window-state.json');
  const workAreas = [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((display) => display.workArea)];
  const state = clampToDisplays(loadWindowState(stateFile), workAreas, { width: 1440, height: 900, minWidth: MIN_WIDTH, minHeight: MIN_HEIGHT });
  const w = new BrowserWindow(windowOptions({ preload: join(here, '..', 'preload', 'preload.cjs'), bounds: state, icon: resources().icon, devTools: dev }));
  win = w;

  trackWindowState(w, (next) => {
    try {
      saveWindowState(stateFile, next);
    } catch (error) {
      log.warn('Could not save the window state:', error);
    }
  });
  if (state.maximized) w.maximize();
  if (state.fullScreen) w.setFullScreen(true);
  w.once('ready-to-show', () => w.show());
  guardClose(w);
  w.on('unresponsive', () => log.warn('The window stopped responding'));
  w.on('responsive', () => log.info('The window responds again'));
  w.on('closed', () => {
    win = null;
    messenger.close();
  });

  const contents = w.webContents;
  contents.on('did-start-loading', () => messenger.close());
  contents.on('did-finish-load', () => messenger.open());
  contents.on('did-fail-load', (_event, errorCode, errorDescription, url, isMainFrame) => {
    if (!isReportableLoadFailure(errorCode, isMainFrame)) return;
    log.error(`The window failed to load ${url}: ${errorDescription} (${errorCode})`);
    void offerReload(w, text().loadFailed(`${errorDescription} (${errorCode})`));
  });
  contents.on('preload-error', (_event, preloadPath, error) => {
    log.error(`The preload ${preloadPath} failed:`, error);
    void offerReload(w, text().loadFailed(describeError(error)));
  });
  contents.on('render-process-gone', (_event, details) => {
    if (!isCrash(details.reason)) return;
    log.error(`The renderer process is gone: ${details.reason} (exit code ${details.exitCode})`);
    messenger.close();
    void offerReload(w, text().rendererGone(details.reason));
  });
  contents.on('console-message', (event) => {
    if (event.level === 'error' || event.level === 'warning') log[event.level === 'error' ? 'error' : 'warn'](`renderer: ${event.message} (${event.sourceId}:${event.lineNumber})`);
  });

  loadDesk(w);
}

/** Load (or reload) the desk. A failed load rejects here and is reported by 'did-fail-load', once. */
function loadDesk(w: BrowserWindow): void {
  w.loadURL(APP_ENTRY_URL).catch(() => undefined);
}

/** Never leave a blank window: say what happened and offer to reload or quit. */
async function offerReload(w: BrowserWindow, message: string): Promise<void> {
  if (w.isDestroyed()) return;
  w.show();
  const t = text();
  const { response } = await dialog.showMessageBox(w, { type: 'error', title: t.errorTitle, message, buttons: [t.reload, t.quit], defaultId: 0, cancelId: 1 });
  if (response === 1) app.quit();
  else if (!w.isDestroyed()) loadDesk(w);
}

function showWindow(): void {
  if (!win) {
    if (handlers) createWindow();
    return;
  }
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function setMenu(): void {
  const spec = buildMenuTemplate(language, process.platform, { dev });
  const template = toElectronTemplate(spec, {
    command: (command) => {
      showWindow();
      messenger.post({ kind: 'command', command });
    },
    api: (menuCall) => void runMenuCall(menuCall),
    shell: (action) => {
      if (action === 'open-log-folder') void shell.openPath(dirname(logFile));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function runMenuCall({ method, req }: MenuApiCall): Promise<void> {
  if (!handlers) return;
  const reply = await dispatch(handlers, method, req, IPC_CONTEXT);
  if (method === 'import.sample') notifyImported(reply as Envelope<ImportReport>);
  else if (!reply.ok) reportCallError(method, reply.error);
}

/** Paths opened from the OS or handed over by a second launch: import them, then tell the desk. */
async function importOpened(paths: string[]): Promise<void> {
  if (!handlers || paths.length === 0) return;
  log.info(`Importing ${paths.length} opened path(s)`);
  showWindow();
  notifyImported((await dispatch(handlers, 'import.paths', { paths }, IPC_CONTEXT)) as Envelope<ImportReport>);
}

function notifyImported(reply: Envelope<ImportReport>): void {
  if (reply.ok) messenger.post({ kind: 'imported', report: reply.value });
  else reportCallError('import', reply.error);
}

function reportCallError(what: string, error: ApiErrorBody): void {
  log.warn(`${what} failed: ${error.code} ${error.message}`);
  dialog.showErrorBox(text().errorTitle, error.message);
}
