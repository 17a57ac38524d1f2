// Structural changes keep what they touch and can be taken back: a merge keeps the second article's heading, the
// notice offers undo, Ctrl+Z right after undoes, the page's segmentation history undoes, and focus never rests on
// another destructive button after the action.
import { api, articleItems, cleanContent, cleanEditor, drawnArticleIds, expectListCount, importSample, openDesk, readListCount } from './desk';
import type { Page } from '@playwright/test';
import { expect, test, type GalleyServer } from './fixtures';

test('merge keeps the heading, and merge, noise and split are undone from the notice, Ctrl+Z and the history', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const drawn = await drawnArticleIds(page);
  // Two neighbours on one page, the second with a headline.
  let first = 0;
  let second = 0;
  for (const [i, id] of drawn.entries()) {
    const next = drawn[i + 1];
    if (next === undefined) break;
    const [a, b] = [await api(galley, 'articles.get', { id }), await api(galley, 'articles.get', { id: next })];
    if (a.pageId === b.pageId && b.headline !== '' && a.text.split('\n').length >= 2) {
      first = id;
      second = next;
      break;
    }
  }
  expect(first).toBeGreaterThan(0);
  const a = await api(galley, 'articles.get', { id: first });
  const b = await api(galley, 'articles.get', { id: second });
  const count = await readListCount(page);
  const row = (id: number) => page.locator(`[data-testid="article-item"][data-article-id="${id}"]`);

  // Merge: the second article's headline stays in the text; the notice offers undo; focus is on the text.
  await row(first).click();
  await expect(cleanContent(page)).toBeVisible();
  await page.getByTestId('merge-button').click();
  await expectListCount(page, count - 1);
  const merged = await api(galley, 'articles.get', { id: first });
  expect(merged.text.split('\n')).toContain([b.kicker, b.headline, b.subtitle].filter((f) => !!f).join(' '));
  expect(merged.text.endsWith(b.text)).toBe(true);
  await expect(cleanEditor(page).locator('.cm-content')).toBeFocused();
  await expect(page.getByTestId('merge-button')).not.toBeFocused();
  await page.getByTestId('notice-undo').click();
  await expectListCount(page, count);
  expect((await api(galley, 'articles.get', { id: first })).text).toBe(a.text);
  expect(await api(galley, 'articles.get', { id: second })).toMatchObject({ text: b.text, headline: b.headline, kicker: b.kicker, byline: b.byline });

  // Noise, then Ctrl+Z right after: the article is back and open.
  await row(second).click();
  await page.getByTestId('noise-mark-button').click();
  await expectListCount(page, count - 1);
  await expect(page.getByTestId('noise-mark-button')).not.toBeFocused();
  await page.keyboard.press('Control+z');
  await expectListCount(page, count);
  await expect(row(second)).toHaveAttribute('aria-current', 'true');

  // Split at the second paragraph, then undo from the page's segmentation history.
  await row(first).click();
  await cleanEditor(page).locator('.cm-line').nth(1).click();
  await page.getByTestId('split-button').click();
  await expectListCount(page, count + 1);
  await page.getByTestId('segment-history').locator('summary').click();
  const steps = page.getByTestId('segment-step');
  await expect(steps).toHaveCount(3);
  await expect(steps.first()).toHaveAttribute('data-op', 'split');
  await expect(steps.nth(1)).toHaveAttribute('data-undone', 'true');
  await steps.first().getByTestId('segment-step-undo').click();
  await expectListCount(page, count);
  await expect(steps.first()).toHaveAttribute('data-undone', 'true');
  expect((await api(galley, 'articles.get', { id: first })).text).toBe(a.text);
  await expect(articleItems(page).first()).toBeVisible();
});

test('an undo that would throw away later typing is refused, and the typing stays', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [first] = await drawnArticleIds(page);
  await page.locator(`[data-testid="article-item"][data-article-id="${first}"]`).click();
  await page.getByTestId('merge-button').click();
  await expect(page.getByTestId('notice-undo')).toBeVisible();
  await cleanContent(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('补记一句。');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await page.getByTestId('notice-undo').click();
  await expect(page.getByTestId('notice')).toHaveAttribute('role', 'alert');
  expect((await api(galley, 'articles.get', { id: first! })).text).toContain('补记一句。');
});

/** Moves the open article's last paragraph (of `paragraphs`) to the end of `target`, and waits until it holds `moved`. */
async function moveLastParagraph(page: Page, galley: GalleyServer, paragraphs: string[], target: number, moved: string): Promise<void> {
  // The editor may be redrawn as the article (re)opens: click until the caret rests in the last paragraph.
  await expect(async () => {
    await cleanEditor(page).locator('.cm-line').nth(paragraphs.length - 1).click();
    await expect(cleanEditor(page).locator('.cm-activeLine')).toHaveText(paragraphs.at(-1)!, { timeout: 1000 });
  }).toPass();
  await page.getByTestId('move-target').selectOption(String(target));
  await page.getByTestId('move-end').click();
  await expect.poll(async () => (await api(galley, 'articles.get', { id: target })).text).toBe(moved);
}

test('moving a paragraph is undone by Ctrl+Z right after, and from the page\'s segmentation history', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [source, target] = await drawnArticleIds(page);
  const before = await api(galley, 'articles.get', { id: source! });
  const targetBefore = await api(galley, 'articles.get', { id: target! });
  const paragraphs = before.text.split('\n');
  expect(paragraphs.length).toBeGreaterThanOrEqual(2);
  const moveLast = async () => {
    await moveLastParagraph(page, galley, paragraphs, target!, `${targetBefore.text}\n${paragraphs.at(-1)}`);
    expect((await api(galley, 'articles.get', { id: source! })).text).toBe(paragraphs.slice(0, -1).join('\n'));
    await expect(cleanContent(page)).not.toContainText(paragraphs.at(-1)!);
  };
  const expectBoth = async () => {
    await expect.poll(async () => (await api(galley, 'articles.get', { id: source! })).text).toBe(before.text);
    expect((await api(galley, 'articles.get', { id: target! })).text).toBe(targetBefore.text);
  };

  // Ctrl+Z right after: the step is taken back in both articles, not the editor's own last change.
  await page.locator(`[data-testid="article-item"][data-article-id="${source}"]`).click();
  await expect(cleanContent(page)).toBeVisible();
  await moveLast();
  await expect(page.getByTestId('move-end')).not.toBeFocused();
  await page.keyboard.press('Control+z');
  await expectBoth();
  await expect(cleanContent(page)).toContainText(paragraphs.at(-1)!);

  // Again, then from the history: the newest step is the move, undone there.
  await moveLast();
  await page.getByTestId('segment-history').locator('summary').click();
  const steps = page.getByTestId('segment-step');
  await expect(steps.first()).toHaveAttribute('data-op', 'move');
  await expect(steps.nth(1)).toHaveAttribute('data-op', 'move');
  await expect(steps.nth(1)).toHaveAttribute('data-undone', 'true');
  await steps.first().getByTestId('segment-step-undo').click();
  await expectBoth();
  await expect(steps.first()).toHaveAttribute('data-undone', 'true');
  await expect(cleanContent(page)).toContainText(paragraphs.at(-1)!);
});

test('after a move, opening an article of another page leaves Ctrl+Z to it; the notice still undoes the move', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const drawn = await drawnArticleIds(page);
  const [source, target] = drawn;
  const before = await api(galley, 'articles.get', { id: source! });
  const targetBefore = await api(galley, 'articles.get', { id: target! });
  let other: Awaited<ReturnType<typeof api<'articles.get'>>> | null = null;
  for (const id of drawn.slice(2)) {
    const article = await api(galley, 'articles.get', { id });
    if (article.pageId !== before.pageId) {
      other = article;
      break;
    }
  }
  expect(other).not.toBeNull();
  const paragraphs = before.text.split('\n');
  expect(paragraphs.length).toBeGreaterThanOrEqual(2);
  const moved = `${targetBefore.text}\n${paragraphs.at(-1)}`;
  const row = (id: number) => page.locator(`[data-testid="article-item"][data-article-id="${id}"]`);

  await row(source!).click();
  await moveLastParagraph(page, galley, paragraphs, target!, moved);

  // Another page's article, opened from the list: Ctrl+Z in its text takes nothing back out of view.
  await row(other!.id).click();
  await expect(row(other!.id)).toHaveAttribute('aria-current', 'true');
  await cleanContent(page).click();
  await page.keyboard.press('Control+z');
  // Nothing may happen, so there is nothing to wait for: give a wrongly taken undo the time it takes to land.
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('notice')).not.toContainText('已撤销');
  expect((await api(galley, 'articles.get', { id: target! })).text).toBe(moved);
  expect((await api(galley, 'articles.get', { id: source! })).text).toBe(paragraphs.slice(0, -1).join('\n'));
  expect((await api(galley, 'articles.get', { id: other!.id })).text).toBe(other!.text);

  // The notice that offered the undo still takes back the move, on the move's page, not the page now open.
  await page.getByTestId('notice-undo').click();
  await expect(page.getByTestId('notice')).toContainText('已撤销：移动段落');
  await expect.poll(async () => (await api(galley, 'articles.get', { id: source! })).text).toBe(before.text);
  expect((await api(galley, 'articles.get', { id: target! })).text).toBe(targetBefore.text);
});
