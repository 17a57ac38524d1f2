// Nothing typed is lost or lands in the wrong article while articles load: the fields are read-only (and say so)
// while an article opens, the desk does not leave an article whose save failed, and a reload for a change made
// elsewhere keeps what the proofreader is typing. The backend is slowed by holding its answers in the test.
import type { Page } from '@playwright/test';
import { api, cleanContent, drawnArticleIds, importSample, openDesk, saveState } from './desk';
import { expect, test } from './fixtures';
import type { GalleyServer } from './fixtures';

const row = (page: Page, id: number) => page.locator(`[data-testid="article-item"][data-article-id="${id}"]`);

/** Hold every `articles.get` until `release()`: the article the desk asks for is slow to arrive. */
async function holdArticleLoads(page: Page): Promise<{ release(): void; requested: Promise<unknown> }> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const requested = page.waitForRequest('**/api/call/articles.get');
  await page.route('**/api/call/articles.get', async (route) => {
    await gate;
    await route.continue();
  });
  return { release, requested };
}

test('while an article opens its fields are read-only and say so; nothing typed lands in either article', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [first, second] = await drawnArticleIds(page);
  await row(page, first!).click();
  await expect(row(page, first!)).toHaveAttribute('aria-current', 'true');
  await expect(cleanContent(page)).toHaveAttribute('contenteditable', 'true');
  const before = await api(galley, 'articles.get', { id: first! });

  const slow = await holdArticleLoads(page);
  await row(page, second!).click();
  await slow.requested;
  await expect(page.getByTestId('review-desk')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('article-loading')).toHaveText('正在载入文章……');
  await expect(cleanContent(page)).toHaveAttribute('aria-readonly', 'true');
  await expect(page.getByTestId('field-headline')).toHaveAttribute('aria-readonly', 'true');

  // The proofreader starts typing before the article is there: in the text, then in the headline.
  await cleanContent(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('误入');
  await page.keyboard.insertText('的字');
  await page.getByTestId('field-headline').click();
  await page.keyboard.type('题误');
  await expect(cleanContent(page)).not.toContainText('误入');
  await expect(page.getByTestId('field-headline')).toHaveValue(before.headline);

  slow.release();
  await expect(row(page, second!)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('review-desk')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('article-loading')).toHaveCount(0);
  await expect(cleanContent(page)).not.toHaveAttribute('aria-readonly', 'true');
  await expect(page.getByTestId('field-headline')).toHaveAttribute('aria-readonly', 'false');
  const opened = await api(galley, 'articles.get', { id: second! });
  await expect(page.getByTestId('field-headline')).toHaveValue(opened.headline);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  // Neither article took the keystrokes: not the one left, not the one that arrived.
  const left = await api(galley, 'articles.get', { id: first! });
  expect(left.text).toBe(before.text);
  expect(left.headline).toBe(before.headline);
  expect(opened.text).not.toContain('误入');
  expect(opened.headline).not.toContain('题误');

  // In English the note is the catalogue's too.
  await page.getByTestId('language-select').selectOption('en');
  const again = await holdArticleLoads(page);
  await row(page, first!).click();
  await again.requested;
  await expect(page.getByTestId('article-loading')).toHaveText('Loading article…');
  again.release();
  await expect(row(page, first!)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('article-loading')).toHaveCount(0);
});

/**
 * Open the first drawn article, make its next save fail with `breakSave`, type `typed`, and try to open the next
 * article: the desk stays on the first, with the typed text, and says why (`reason`). Returns both ids.
 */
async function leaveUnsaved(page: Page, galley: GalleyServer, breakSave: (id: number) => Promise<unknown>, typed: string, reason: string): Promise<[number, number]> {
  await openDesk(page, galley);
  await importSample(page);
  const [first, second] = await drawnArticleIds(page);
  await row(page, first!).click();
  await expect(cleanContent(page)).toBeVisible();
  await breakSave(first!);
  await cleanContent(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(typed);
  await expect(saveState(page)).toHaveAttribute('data-state', 'failed', { timeout: 10_000 });

  await row(page, second!).click();
  await expect(page.getByTestId('notice')).toContainText('仍停留在本篇');
  await expect(page.getByTestId('notice')).toContainText(reason);
  await expect(row(page, first!)).toHaveAttribute('aria-current', 'true');
  await expect(cleanContent(page)).toContainText(typed);
  return [first!, second!];
}

test('switching away from an article whose save failed stays on it and says why, until the save goes through', async ({ page, galley }) => {
  const [first, second] = await leaveUnsaved(page, galley, () => page.route('**/api/call/articles.save', (route) => route.abort('internetdisconnected')), '存不下的字。', '保存失败');
  await expect(cleanContent(page)).not.toHaveAttribute('aria-readonly', 'true');

  // Once the backend takes saves again, retrying stores the text and the desk moves on.
  await page.unroute('**/api/call/articles.save');
  await saveState(page).getByRole('button').click();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  expect((await api(galley, 'articles.get', { id: first })).text).toContain('存不下的字。');
  await row(page, second).click();
  await expect(row(page, second)).toHaveAttribute('aria-current', 'true');
});

test('switching away from an article whose save conflicted stays on it with the conflict shown', async ({ page, galley }) => {
  // This window hears nothing of the other one: the conflict reaches it through the save.
  await page.route('**/api/events**', (route) => route.abort());
  const anotherWindowSaves = async (id: number) => {
    const seen = await api(galley, 'articles.get', { id });
    await api(galley, 'articles.save', { id, baseRevision: seen.revision, text: `${seen.text}\n另一窗口加的段落。` });
  };
  await leaveUnsaved(page, galley, anotherWindowSaves, '我的修改', '另一个窗口修改了这篇文章');
});

test('a reload for a change made elsewhere never overwrites what is being typed, and shows the conflict', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [id] = await drawnArticleIds(page);
  await row(page, id!).click();
  await expect(cleanContent(page)).toBeVisible();
  const seen = await api(galley, 'articles.get', { id: id! });

  // Another window saves; this one hears of it and asks for the new revision, which is slow to come.
  const slow = await holdArticleLoads(page);
  await api(galley, 'articles.save', { id: id!, baseRevision: seen.revision, text: `${seen.text}\n另一窗口加的段落。` });
  await slow.requested;
  // Typing goes on meanwhile: a reload in the background does not lock the editor.
  await expect(cleanContent(page)).not.toHaveAttribute('aria-readonly', 'true');
  await cleanContent(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('正在打的字');
  slow.release();

  await expect(saveState(page)).toHaveAttribute('data-state', 'failed', { timeout: 10_000 });
  await expect(saveState(page)).toContainText('另一个窗口修改了这篇文章');
  await expect(cleanContent(page)).toContainText('正在打的字');
  await expect(cleanContent(page)).not.toContainText('另一窗口加的段落。');
  // Nothing was stored over the other window's text without the proofreader choosing.
  expect((await api(galley, 'articles.get', { id: id! })).text).not.toContain('正在打的字');

  // Keeping mine stores the typed text on the newer revision.
  await saveState(page).getByRole('button', { name: '保留我的修改' }).click();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  expect((await api(galley, 'articles.get', { id: id! })).text).toContain('正在打的字');
});
