// Reviewing one article: both panes with character diff marks, live diff while typing, reverting one automatic
// change, change navigation, warnings, heading fields, revisions, and everything still there after a reload.
import { api, cleanContent, cleanEditor, drawnArticleIds, expectSaved, importSample, ocrPane, openArticleWithChanges, openDesk, saveState, screenshot, typeAtStart } from './desk';
import { expect, test } from './fixtures';

test('both panes show the diff, typing updates it live, and the edit survives a reload', async ({ page, galley }, testInfo) => {
  await openDesk(page, galley);
  await importSample(page);
  const id = await openArticleWithChanges(page, galley);

  await expect(ocrPane(page).locator('.cm-content')).toHaveAttribute('aria-readonly', 'true');
  await expect(cleanContent(page)).toHaveAttribute('contenteditable', 'true');
  const deletes = ocrPane(page).locator('[data-diff="delete"]');
  const inserts = cleanEditor(page).locator('[data-diff="insert"]');
  expect(await deletes.count()).toBeGreaterThan(0);
  expect(await inserts.count()).toBeGreaterThan(0);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await screenshot(page, testInfo, 'review');

  // A character typed by hand is marked as inserted at once, before any save.
  const marker = '校样测试';
  await cleanContent(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText(marker);
  await expect(inserts.filter({ hasText: marker })).toHaveCount(1);
  await expect(inserts.filter({ hasText: marker })).toHaveAttribute('data-origin', 'hand');
  await expectSaved(page);

  const stored = await api(galley, 'articles.get', { id });
  expect(stored.text.startsWith(marker)).toBe(true);
  expect(stored.status).toBe('editing');

  await page.reload();
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${id}"]`)).toHaveAttribute('data-status', 'editing');
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await expect(cleanEditor(page).locator('[data-diff="insert"]').filter({ hasText: marker })).toHaveCount(1);
});

test('hovering a change explains it and reverts it alone; the keyboard reverts and navigates too', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const id = await openArticleWithChanges(page, galley);
  const before = await api(galley, 'articles.get', { id });
  const ruleMarks = cleanEditor(page).locator('[data-diff="insert"][data-origin="rule"]');
  expect(await ruleMarks.count()).toBeGreaterThan(0);
  // The summary counts every change of the text (the editor draws only the lines in view).
  const changeCount = page.getByTestId('change-count');
  const initial = Number(await changeCount.getAttribute('data-count'));

  // Hover the first automatic change: the tooltip names its rule and gives a reason.
  // Near the mark's left edge: CodeMirror only starts a hover within one Latin character width of the
  // character boundary it resolves to, which the middle of a full-width character can miss.
  await ruleMarks.first().hover({ position: { x: 3, y: 10 } });
  const tooltip = page.getByTestId('change-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('.tip-origin')).toContainText('规则');
  await expect(tooltip.locator('.tip-reason').first()).not.toBeEmpty();
  await tooltip.getByTestId('revert-change').click();
  await expect(changeCount).toHaveAttribute('data-count', String(initial - 1));
  await expectSaved(page);

  // The stored text moved back towards the OCR text by exactly that change.
  const after = await api(galley, 'articles.get', { id });
  expect(after.revision).toBeGreaterThan(before.revision);
  expect(after.text).not.toBe(before.text);

  // F7 selects the next change; Ctrl+Alt+Z reverts the change under the cursor.
  await cleanContent(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F7');
  await page.keyboard.press('Control+Alt+z');
  await expect(changeCount).toHaveAttribute('data-count', String(initial - 2));
  await expectSaved(page);

  // The buttons step through changes and keep the clean editor focused.
  await page.getByTestId('next-change').click();
  await expect(cleanContent(page)).toBeFocused();
  await page.getByTestId('prev-change').click();
  await expect(cleanContent(page)).toBeFocused();
});

test('heading fields, warnings and revisions', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const id = await openArticleWithChanges(page, galley);

  await expect(page.getByTestId('page-file')).not.toBeEmpty();
  const headline = page.getByTestId('field-headline');
  const original = await headline.inputValue();
  await headline.fill(`${original}（改）`);
  await expectSaved(page);
  expect((await api(galley, 'articles.get', { id })).headline).toBe(`${original}（改）`);

  // The warnings panel lists lint warnings; a warning with a place selects it in the editor.
  const warnings = page.getByTestId('warning-item');
  const placed = page.locator('[data-testid="warning-item"]:not([disabled])');
  if ((await placed.count()) > 0) {
    await placed.first().click();
    await expect(cleanContent(page)).toBeFocused();
  }
  expect(await warnings.count()).toBe((await api(galley, 'articles.get', { id })).warnings.length);

  // Revisions: the edit made one; the import's revision can be compared and restored.
  await typeAtStart(page, '修订');
  await page.getByTestId('revisions-button').click();
  const revisions = page.getByTestId('revision-item');
  await expect(revisions.first()).toBeVisible();
  const total = await revisions.count();
  expect(total).toBeGreaterThanOrEqual(2);
  await revisions.last().click();
  await expect(page.getByTestId('revision-diff').locator('del[data-diff="delete"], ins[data-diff="insert"]').first()).toBeVisible();
  await page.getByTestId('restore-revision').click();
  await expect(page.getByTestId('revisions-dialog')).toBeHidden();
  await expect(cleanEditor(page).locator('[data-diff="insert"]').filter({ hasText: '修订' })).toHaveCount(0);
  const restored = await api(galley, 'articles.get', { id });
  expect(restored.text.startsWith('修订')).toBe(false);
});

test('a save refused because another window changed the article keeps the text and offers a reload', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const id = await openArticleWithChanges(page, galley);
  const stored = await api(galley, 'articles.get', { id });

  // Type, and before the autosave fires, another client saves the same article.
  await cleanContent(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('本窗口');
  await api(galley, 'articles.save', { id, baseRevision: stored.revision, text: `另一窗口${stored.text}` });

  await expect(saveState(page)).toHaveAttribute('data-state', 'failed', { timeout: 15_000 });
  await expect(saveState(page)).toContainText('另一个窗口');
  const firstLine = cleanEditor(page).locator('.cm-line').first();
  await expect(firstLine).toContainText(`本窗口${stored.text.slice(0, 4)}`);

  // Reload takes the other window's text.
  await saveState(page).getByRole('button', { name: '重新载入' }).click();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await expect(firstLine).toContainText(`另一窗口${stored.text.slice(0, 4)}`);
  await expect(firstLine).not.toContainText('本窗口');
});

test('the panes scroll together, paragraph by paragraph', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  // The longest drawn article, so both panes can scroll.
  let longest = { id: 0, length: 0 };
  for (const id of await drawnArticleIds(page)) {
    const length = (await api(galley, 'articles.get', { id })).ocrText.length;
    if (length > longest.length) longest = { id, length };
  }
  await page.locator(`[data-testid="article-item"][data-article-id="${longest.id}"]`).click();
  const ocrScroller = ocrPane(page).locator('.cm-scroller');
  const cleanScroller = cleanEditor(page).locator('.cm-scroller');
  await expect(cleanScroller).toBeVisible();
  const scrollable = await cleanScroller.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(scrollable).toBeGreaterThan(100);

  await cleanScroller.evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
  await expect.poll(() => ocrScroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
  await cleanScroller.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect.poll(() => ocrScroller.evaluate((el) => el.scrollTop)).toBeLessThan(5);
});

test('a name fixed in one article clears the variant warning on the other one in the list, without a reload', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [batch] = await api(galley, 'batches.list', {});
  const summaries = await api(galley, 'articles.list', { batchId: batch!.id });
  const details = await Promise.all(summaries.map((s) => api(galley, 'articles.get', { id: s.id })));
  // The sample pages spell one reporter 张浩呈 and 张浩星: batch lint flags both articles.
  const misread = details.find((d) => d.text.includes('记者张浩星'))!;
  const other = details.find((d) => d.text.includes('记者张浩呈'))!;
  const badge = page.locator(`[data-testid="article-item"][data-article-id="${other.id}"] .warning-count`);
  await expect(badge).toHaveText(`${other.warningCount} 条提示`);

  // Another window fixes the name, in the text and the byline field; this desk hears of both articles.
  const fix = (s: string) => s.replace('记者张浩星', '记者张浩呈');
  await api(galley, 'articles.save', { id: misread.id, baseRevision: misread.revision, text: fix(misread.text), fields: { byline: fix(misread.byline ?? '') } });
  const after = await api(galley, 'articles.get', { id: other.id });
  expect(after.warningCount).toBeLessThan(other.warningCount);
  if (after.warningCount === 0) await expect(badge).toHaveCount(0);
  else await expect(badge).toHaveText(`${after.warningCount} 条提示`);
});
