// Error messages are in the UI language, never half English: a refused token (at the page, where the desk's
// language cannot be read yet, in both; later in the desk's) and a file refused for its NUL bytes, in Chinese (the
// default) and in English.
import { drawnArticleIds, importSample, openDesk } from './desk';
import { expect, test } from './fixtures';

const TOKEN_ZH = '访问令牌无效：请打开校样台本次运行打印的网址';
const TOKEN_EN = 'The access token is not valid: open the URL Galley printed for this run';

test('the page refuses a wrong or missing token in Chinese and in English', async ({ page, galley }) => {
  // The desk's language is a setting the page cannot read without the token: the refusal says it in both.
  const wrong = await page.goto(`${galley.origin}/?token=${'x'.repeat(galley.token.length)}`);
  expect(wrong?.status()).toBe(403);
  const body = page.locator('body');
  await expect(body).toContainText('Galley：访问令牌无效，不是本次运行打印的令牌；请打开 `galley serve` 输出的完整网址（含 ?token=…）。');
  await expect(body).toContainText('Galley: this token is not the one printed for this run; open the full URL `galley serve` printed, including ?token=….');
  const missing = await page.goto(`${galley.origin}/`);
  expect(missing?.status()).toBe(401);
  await expect(body).toContainText('Galley：请打开 `galley serve` 输出的完整网址（含 ?token=…）。');
  await expect(body).toContainText('Galley: open the full URL printed by `galley serve`, including ?token=…');
});

test('a token refused later (the host restarted) is said in the desk\'s language, Chinese then English', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [first, second] = await drawnArticleIds(page);
  // Every call from now on carries a token the host no longer accepts.
  const staleToken = async () =>
    page.route('**/api/call/**', (route) => route.continue({ headers: { ...route.request().headers(), 'x-galley-token': 'stale' } }));
  await staleToken();
  await page.locator(`[data-testid="article-item"][data-article-id="${first}"]`).click();
  await expect(page.getByTestId('notice').locator('span').first()).toHaveText(`出错了：${TOKEN_ZH}`);

  await page.unroute('**/api/call/**');
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByTestId('import-button')).toHaveText(/Import/);
  await staleToken();
  await page.locator(`[data-testid="article-item"][data-article-id="${second}"]`).click();
  await expect(page.getByTestId('notice').locator('span').first()).toHaveText(`Something went wrong: ${TOKEN_EN}`);
});

test('a file with NUL bytes is refused with the reason in Chinese, then in English', async ({ page, galley }) => {
  await openDesk(page, galley);
  const binary = { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from('本报讯 记者\u0000测试\u0000报道', 'utf8') };
  const refuse = async () => {
    await page.getByTestId('import-button').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-files-input').setInputFiles([binary]);
    const refused = dialog.locator('[data-testid="import-result"][data-status="refused"]');
    await expect(refused).toHaveCount(1, { timeout: 30_000 });
    return refused.locator('.import-reason');
  };
  await expect(await refuse()).toHaveText('文件含有空字节（NUL），像是二进制文件而非文本');
  await page.keyboard.press('Escape');
  await page.getByTestId('language-select').selectOption('en');
  await expect(await refuse()).toHaveText('file contains NUL bytes: it looks binary, not text');
});
