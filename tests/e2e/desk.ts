// Steps of a proofreader's day, shared by the desk's end-to-end tests.
import type { Locator, Page, TestInfo } from '@playwright/test';
import type { ApiMethod, ApiRequest, ApiResponses, Envelope } from '../../shared/api/contract';
import { warningKey } from '../../shared/lint/warning';
import { expect } from './fixtures';
import type { GalleyServer } from './fixtures';

/** Call the running host's API directly (to check what was stored, not what the page shows). */
export async function api<M extends ApiMethod>(galley: GalleyServer, method: M, req: ApiRequest<M>): Promise<ApiResponses[M]> {
  const response = await fetch(`${galley.origin}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': galley.token },
    body: JSON.stringify(req),
  });
  const envelope = (await response.json()) as Envelope<ApiResponses[M]>;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

export async function openDesk(page: Page, galley: GalleyServer): Promise<void> {
  await page.goto(galley.url);
  await expect(page.getByTestId('import-button')).toBeVisible();
}

/** First start: the empty store offers the sample batch; one click imports it. */
export async function importSample(page: Page): Promise<void> {
  await page.getByTestId('import-sample').click();
  await expect(page.getByTestId('import-result').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('article-item').first()).toBeVisible();
}

export const articleItems = (page: Page) => page.getByTestId('article-item');
/** How many articles the (virtualized) list holds, not how many rows are drawn. */
export const listCount = (page: Page) => page.getByTestId('article-list');
export async function expectListCount(page: Page, count: number): Promise<void> {
  await expect(listCount(page)).toHaveAttribute('data-count', String(count));
}
export async function readListCount(page: Page): Promise<number> {
  return Number(await listCount(page).getAttribute('data-count'));
}
export const cleanEditor = (page: Page) => page.getByTestId('clean-editor');
export const cleanContent = (page: Page) => cleanEditor(page).locator('.cm-content');
export const ocrPane = (page: Page) => page.getByTestId('ocr-pane');
export const saveState = (page: Page) => page.getByTestId('save-state');

/** Open the article at `index` in the list and wait for both panes. */
export async function openArticle(page: Page, index: number): Promise<number> {
  const item = articleItems(page).nth(index);
  const id = Number(await item.getAttribute('data-article-id'));
  await item.click();
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(cleanContent(page)).toBeVisible();
  return id;
}

/** Ids of the article rows the virtualized list has drawn, top to bottom. */
export function drawnArticleIds(page: Page): Promise<number[]> {
  return articleItems(page).evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-article-id'))));
}

/** Open the first drawn article whose automatic cleaning changed its text, and wait for its diff marks. */
export async function openArticleWithChanges(page: Page, galley: GalleyServer): Promise<number> {
  for (const id of await drawnArticleIds(page)) {
    if ((await api(galley, 'articles.get', { id })).edits.length === 0) continue;
    await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
    await expect(cleanEditor(page).locator('[data-diff="insert"]').first()).toBeVisible();
    await expect(ocrPane(page).locator('[data-diff="delete"]').first()).toBeVisible();
    return id;
  }
  throw new Error('no drawn article has automatic changes');
}

/** Wait until the autosave has stored what was typed. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
}

/** Type at the very start of the clean text and wait for the autosave. */
export async function typeAtStart(page: Page, text: string): Promise<void> {
  await cleanContent(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText(text);
  await expect(saveState(page)).not.toHaveAttribute('data-state', 'saved');
  await expectSaved(page);
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: false });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

export function statusOf(item: Locator): Promise<string | null> {
  return item.getAttribute('data-status');
}

/**
 * Approve the open article by `act` (the button, Ctrl+Enter). An article with warnings nobody has checked asks
 * first; the approver confirms that they checked them.
 */
export async function approveOpen(page: Page, galley: GalleyServer, act: () => Promise<void>): Promise<void> {
  // The article to approve is open (after an approval the next one may still be opening).
  await expect(page.getByTestId('article-status')).not.toHaveAttribute('data-status', 'approved');
  const id = Number(await page.locator('[data-testid="article-item"][aria-current="true"]').getAttribute('data-article-id'));
  const article = await api(galley, 'articles.get', { id });
  const checked = new Set(article.checks.map((c) => c.key));
  await act();
  if (article.warnings.some((w) => !checked.has(warningKey(w)))) await page.getByTestId('approve-warnings-confirm').click();
}
