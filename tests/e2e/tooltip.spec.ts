// The change card opens on hover or F7 only, below the change and inside the editor (covering neither the line
// above nor the toolbar), closes with Esc, and stays away while an input method composes.
import { cleanContent, cleanEditor, importSample, openArticleWithChanges, openDesk } from './desk';
import { expect, test } from './fixtures';

test('the change card is placed below the change inside the editor, closes with Esc, and stays closed while composing', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  await openArticleWithChanges(page, galley);
  const tooltip = page.getByTestId('change-tooltip');
  const editorBox = (await cleanEditor(page).boundingBox())!;

  // Hover: below the change, within the editor.
  const mark = cleanEditor(page).locator('[data-diff="insert"][data-origin="rule"]').first();
  await mark.hover({ position: { x: 3, y: 10 } });
  await expect(tooltip).toBeVisible();
  const markBox = (await mark.boundingBox())!;
  const tipBox = (await tooltip.boundingBox())!;
  expect(tipBox.y).toBeGreaterThanOrEqual(markBox.y + markBox.height - 1);
  expect(tipBox.y).toBeGreaterThanOrEqual(editorBox.y);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);

  // F7: the change it goes to is explained, and Esc closes that card too.
  await page.mouse.move(editorBox.x + editorBox.width - 5, editorBox.y + editorBox.height - 5);
  await cleanContent(page).click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F7');
  await expect(tooltip).toHaveCount(1);
  await expect(tooltip.locator('.tip-origin')).not.toBeEmpty();
  const f7Box = (await tooltip.boundingBox())!;
  const current = (await cleanEditor(page).locator('[data-testid="current-change"]').first().boundingBox())!;
  expect(f7Box.y).toBeGreaterThanOrEqual(current.y + current.height - 1);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(cleanEditor(page).locator('[data-testid="current-change"]')).toHaveCount(0);

  // While an input method composes, no card opens over the composition.
  await page.keyboard.press('F7');
  await expect(tooltip).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
  await expect(tooltip).toHaveCount(0);
  await mark.hover({ position: { x: 3, y: 10 } });
  await page.waitForTimeout(600);
  await expect(tooltip).toHaveCount(0);
  await cdp.send('Input.insertText', { text: '中' });
});
