// The desk speaks the UI language everywhere: CodeMirror's own search panel, and a failed save says what happened
// in Chinese rather than the browser's "Failed to fetch".
import { cleanContent, drawnArticleIds, importSample, openDesk, saveState } from './desk';
import { expect, test } from './fixtures';

test('the search panel and a failed save speak the UI language', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [id] = await drawnArticleIds(page);
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await cleanContent(page).click();
  await page.keyboard.press('Control+f');
  const search = page.locator('.cm-search');
  await expect(search.locator('input[name="search"]')).toHaveAttribute('placeholder', '查找');
  await expect(search.locator('button[name="next"]')).toHaveText('下一个');
  await expect(search.locator('button[name="close"]')).toHaveAttribute('aria-label', '关闭');
  await expect(search).not.toContainText(/match case|regexp|by word|replace all/);

  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByTestId('import-button')).toHaveText('Import');
  await page.keyboard.press('Escape');
  await cleanContent(page).click();
  await page.keyboard.press('Control+f');
  await expect(search.locator('input[name="search"]')).toHaveAttribute('placeholder', 'Find');
  await page.keyboard.press('Escape');
  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByTestId('import-button')).toHaveText('导入');

  // The backend is unreachable for saves: the message is the desk's own, in Chinese.
  await page.route('**/api/call/articles.save', (route) => route.abort('internetdisconnected'));
  await cleanContent(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('断网时打的字。');
  await expect(saveState(page)).toHaveAttribute('data-state', 'failed', { timeout: 10_000 });
  await expect(saveState(page)).toContainText('保存失败：无法连接校样台后端');
  await expect(saveState(page)).not.toContainText(/Failed to fetch|[A-Za-z]{5}/);
});
