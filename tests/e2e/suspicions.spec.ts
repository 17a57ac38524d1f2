// Suspected misreadings at the desk: a correction made once is offered at once wherever it recurs in the batch,
// previewed and applied to the chosen places only; on another page the same misreading is marked as a
// suspicion, explained on hover, reached with F9 and accepted with Alt+Enter.
import type { Page } from '@playwright/test';
import { api, cleanContent, cleanEditor, expectSaved, openDesk, saveState, screenshot } from './desk';
import { expect, test } from './fixtures';

// Two pages of one batch, both with 入会 misread as 人会 after 申请; 入会仪式 and 老人会心 are not the error.
const PAGES = {
  'a.txt': '工会动态\n\n新会员踊跃申请入会\n\n本报讯 记者李明报道 今年以来,全市职工申请人会的热情高涨。许多青年职工主动申请人会,工会组织积极做好服务。\n\n据介绍,申请人会的职工需填写登记表,由基层工会审核。\n',
  'b.txt': '基层风采\n\n园区工会服务暖人心\n\n本报讯 通讯员王芳报道 园区工会推出线上通道,方便职工申请人会。截至目前,已有三百余名职工申请人会。\n\n工会还组织了入会仪式,并为老会员颁发纪念证书,一位老人会心地笑了。\n',
};

async function importPages(page: Page): Promise<void> {
  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-files-input').setInputFiles(Object.entries(PAGES).map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })));
  await expect(dialog.locator('[data-testid="import-result"][data-status="imported"]')).toHaveCount(2, { timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-item')).toHaveCount(2);
}

async function openByFile(page: Page, file: string): Promise<number> {
  const item = page.getByTestId('article-item').filter({ hasText: file === 'a.txt' ? '工会动态' : '基层风采' });
  const id = Number(await item.getAttribute('data-article-id'));
  await item.click();
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(cleanContent(page)).toBeVisible();
  return id;
}

/** Put the cursor at `offset` of the clean text, the way a proofreader would: from the start, with the arrow key. */
async function cursorAt(page: Page, offset: number): Promise<void> {
  await cleanContent(page).click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

test('a correction is offered where it recurs, applied where chosen, and a suspicion is explained and accepted by key', async ({ page, galley }, testInfo) => {
  await openDesk(page, galley);
  await importPages(page);
  const a = await openByFile(page, 'a.txt');
  const aBefore = await api(galley, 'articles.get', { id: a });
  const b = (await api(galley, 'articles.list', {})).find((x) => x.id !== a)!.id;
  const bBefore = await api(galley, 'articles.get', { id: b });

  // Correct the first 申请人会 of page a by hand: select 人, type 入.
  const first = aBefore.text.indexOf('申请人会') + 2;
  await cursorAt(page, first);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.insertText('入');
  await expect(saveState(page)).not.toHaveAttribute('data-state', 'saved');
  await expectSaved(page);

  // At once: the same misreading elsewhere in the batch — two more on page a, two on page b.
  const offer = page.getByTestId('series-offer');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('同一错误在本批次另有 4 处');
  await offer.getByTestId('series-preview').click();
  const dialog = page.getByTestId('series-dialog');
  const places = dialog.getByTestId('series-place');
  await expect(places).toHaveCount(4);
  await screenshot(page, testInfo, 'series');
  await expect(places.filter({ hasText: '老人会心' })).toHaveCount(0);
  await expect(places.filter({ hasText: '入会仪式' })).toHaveCount(0);

  // Choose only the first place on page b.
  await dialog.getByTestId('series-clear').click();
  const onB = dialog.locator(`[data-testid="series-place"][data-article-id="${b}"]`);
  await expect(onB).toHaveCount(2);
  const chosenStart = Number(await onB.first().getAttribute('data-start'));
  await onB.first().locator('input').check();
  await expect(dialog.getByTestId('series-apply')).toContainText('1');
  await dialog.getByTestId('series-apply').click();
  await expect(dialog).toBeHidden();
  await expect(offer).toHaveCount(0);

  // Page b changed at that place alone; page a kept its other two misreadings.
  const bAfter = await api(galley, 'articles.get', { id: b });
  expect(bAfter.text).toBe(bBefore.text.slice(0, chosenStart) + '入' + bBefore.text.slice(chosenStart + 1));
  const aAfter = await api(galley, 'articles.get', { id: a });
  expect(aAfter.text).toBe(aBefore.text.slice(0, first) + '入' + aBefore.text.slice(first + 1));

  // On page b the place left out is now a suspicion: marked, listed, explained on hover.
  await openByFile(page, 'b.txt');
  const remaining = bAfter.text.indexOf('申请人会') + 2;
  const item = page.locator(`[data-testid="suspicion-item"][data-start="${remaining}"]`);
  await expect(item).toBeVisible();
  await expect(item).toContainText('同一错误此前已改正');
  const mark = cleanEditor(page).locator('[data-testid="suspicion-mark"][data-proposal="入"]').first();
  await expect(mark).toBeVisible();
  // Diff marks have their own look: the suspicion is not drawn as an inserted or deleted run.
  await expect(mark).not.toHaveAttribute('data-diff', /.+/);
  await mark.hover({ position: { x: 3, y: 10 } });
  const tip = page.getByTestId('suspicion-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('同一错误此前已改正');
  await expect(tip).toContainText('入');
  await screenshot(page, testInfo, 'suspicion');

  // F9 selects the suspicion at the cursor (the engine may have found others before it); Alt+Enter accepts it.
  await cursorAt(page, remaining);
  await page.keyboard.press('F9');
  await expect(cleanEditor(page).locator('.cm-selectionBackground').first()).toBeVisible();
  await page.keyboard.press('Alt+Enter');
  await expect(item).toHaveCount(0);
  await expectSaved(page);
  const bFinal = await api(galley, 'articles.get', { id: b });
  expect(bFinal.text).toBe(bAfter.text.slice(0, remaining) + '入' + bAfter.text.slice(remaining + 1));
  expect(bFinal.text).toContain('老人会心');
  expect(bFinal.suspicions.filter((s) => s.reason.startsWith('同一错误'))).toEqual([]);
});
