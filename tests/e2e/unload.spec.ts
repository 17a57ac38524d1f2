// The last second of typing survives a reload and a hidden tab: the pending save is flushed at once (not after the
// autosave pause), and leaving while it is pending asks first.
import { api, cleanContent, drawnArticleIds, importSample, openDesk, saveState } from './desk';
import { expect, test } from './fixtures';

test('typing right before a reload is saved, and the reload asks while the save is pending', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [id] = await drawnArticleIds(page);
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await cleanContent(page).click();
  await page.keyboard.press('Control+End');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  // Well inside the 800 ms autosave pause.
  await page.keyboard.insertText('刚打的字。');
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect.poll(async () => (await api(galley, 'articles.get', { id: id! })).text, { timeout: 5000 }).toContain('刚打的字。');
});

test('hiding the page saves at once instead of after the autosave pause', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [id] = await drawnArticleIds(page);
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await cleanContent(page).click();
  await page.keyboard.insertText('切走之前。');
  const state = await page.evaluate(async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 100));
    return document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state');
  });
  expect(['saving', 'saved']).toContain(state);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  expect((await api(galley, 'articles.get', { id: id! })).text).toContain('切走之前。');
});
