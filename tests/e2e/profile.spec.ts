// The paper profile: a running head set apart on one page is learned, previewed and applied to the batch's other
// pages; a page someone already worked on and the page it was marked on stay as they were.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { api, articleItems, expectSaved, openDesk, typeAtStart } from './desk';
import { expect, repo, test } from './fixtures';

const dir = join(repo, 'tests', 'fixtures', 'profile');
const HEAD = '晨光城事';

test('mark a running head as noise on one page, apply the profile to the batch, see it gone from the other pages', async ({ page, galley }) => {
  await openDesk(page, galley);
  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  const files = readdirSync(dir).sort().map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(dir, name)) }));
  await dialog.getByTestId('import-files-input').setInputFiles(files);
  await expect(dialog.locator('[data-testid="import-result"][data-status="imported"]')).toHaveCount(files.length, { timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(articleItems(page).first()).toBeVisible();

  const batchId = (await api(galley, 'batches.list', {}))[0]!.id;
  const articlesOf = async (file: string) => {
    const list = (await api(galley, 'articles.list', { batchId })).filter((a) => a.pageFile === file);
    return Promise.all(list.map((a) => api(galley, 'articles.get', { id: a.id })));
  };
  const mentions = (a: { kicker: string | null; headline: string; subtitle: string | null; text: string }) => [a.kicker, a.headline, a.subtitle, a.text].join('\n').includes(HEAD);
  const [first, second, third] = files.map((f) => f.name);
  for (const file of [first!, second!, third!]) expect((await articlesOf(file)).some(mentions)).toBe(true);

  // Someone works on the third page first: the profile must leave that page alone.
  const worked = (await articlesOf(third!)).find(mentions)!;
  await page.locator(`[data-testid="article-item"][data-article-id="${worked.id}"]`).click();
  await typeAtStart(page, '校');
  await expectSaved(page);

  // On the first page the running head was read as a heading line: set it apart.
  const marked = (await articlesOf(first!)).find(mentions)!;
  const field = (['kicker', 'headline', 'subtitle'] as const).find((f) => marked[f]?.includes(HEAD));
  expect(field).toBeDefined();
  await page.locator(`[data-testid="article-item"][data-article-id="${marked.id}"]`).click();
  await page.getByTestId(`heading-noise-${field!}`).click();
  await expect.poll(async () => mentions(await api(galley, 'articles.get', { id: marked.id }))).toBe(false);
  const firstPageAfterMark = await articlesOf(first!);

  // The profile shows the rule with where it came from; the preview lists what a re-read would change.
  await page.getByTestId('profile-button').click();
  const profile = page.getByTestId('profile-dialog');
  await expect(profile.getByTestId('profile-rule')).toHaveCount(1);
  await expect(profile.getByTestId('profile-rule')).toContainText(HEAD);
  await expect(profile.getByTestId('profile-rule')).toContainText(first!);
  await profile.getByTestId('profile-preview-button').click();
  await expect(profile.getByTestId('profile-preview-page')).toHaveCount(2);
  await expect(profile.locator(`[data-testid="profile-preview-page"][data-page-file="${second}"]`)).toHaveAttribute('data-edited', 'false');
  await expect(profile.locator(`[data-testid="profile-preview-page"][data-page-file="${third}"]`)).toHaveAttribute('data-edited', 'true');
  await expect(profile.locator(`[data-testid="profile-preview-page"][data-page-file="${second}"]`).getByTestId('profile-preview-change')).toContainText(HEAD);
  // Nothing changed yet.
  expect((await articlesOf(second!)).some(mentions)).toBe(true);

  await profile.getByTestId('profile-apply-button').click();
  await expect(profile.getByTestId('profile-applied')).toBeVisible();
  await page.keyboard.press('Escape');

  // Gone from the second page's articles, in the store and in the list; the third and first pages untouched.
  expect((await articlesOf(second!)).some(mentions)).toBe(false);
  await expect(articleItems(page).filter({ hasText: HEAD })).toHaveCount(1);
  const thirdAfter = await articlesOf(third!);
  expect(thirdAfter.find((a) => a.id === worked.id)?.text.startsWith('校')).toBe(true);
  expect(thirdAfter.some(mentions)).toBe(true);
  expect((await articlesOf(first!)).map((a) => [a.id, a.revision, a.headline])).toEqual(firstPageAfterMark.map((a) => [a.id, a.revision, a.headline]));
  const noise = await api(galley, 'noise.list', { batchId });
  expect(noise.some((n) => n.pageFile === second && n.text.includes(HEAD))).toBe(true);
});
