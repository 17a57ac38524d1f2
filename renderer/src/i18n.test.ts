import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { errorLike } from './api/envelope';
import { MESSAGE_KEYS, editorPhrases, errorText, getLanguage, setLanguage, t, translate } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('is Chinese by default and switches to English', () => {
    expect(getLanguage()).toBe('zh-CN');
    expect(t('review.approve')).toBe('通过');
    setLanguage('en');
    expect(t('review.approve')).toBe('Approve');
    setLanguage('zh-CN');
  });

  it('fills placeholders and leaves missing ones visible', () => {
    expect(translate('zh-CN', 'list.count', { count: 3 })).toBe('共 3 篇');
    expect(translate('en', 'list.count')).toBe('{count} {count:article|articles}');
  });

  it('says English plurals by number', () => {
    expect(translate('en', 'list.warnings', { count: 1 })).toBe('1 warning');
    expect(translate('en', 'list.warnings', { count: 2 })).toBe('2 warnings');
    expect(translate('en', 'list.warnings', { count: 0 })).toBe('0 warnings');
    expect(translate('zh-CN', 'list.warnings', { count: 1 })).toBe('1 条提示');
  });

  it('gives CodeMirror its search panel phrases in Chinese', () => {
    const zh = editorPhrases('zh-CN');
    for (const phrase of ['Find', 'Replace', 'next', 'previous', 'all', 'match case', 'regexp', 'by word', 'replace', 'replace all', 'close']) {
      expect(zh[phrase], phrase).toMatch(/\p{Script=Han}/u);
    }
    expect(zh['replaced $ matches']).toContain('$');
    expect(editorPhrases('en').Find).toBe('Find');
  });

  it('says API failures in the UI language', () => {
    expect(errorText({ code: 'internal', message: 'Failed to fetch', transport: true }, 'zh-CN')).toBe('无法连接校样台后端（网络中断或后端已退出）');
    expect(errorText({ code: 'forbidden', message: 'The token is wrong: open the URL Galley printed for this run' }, 'zh-CN')).not.toMatch(/[A-Za-z]{4}/);
    // A path outside the allowed folders is refused as `forbidden` too, but it is no token problem.
    const outside = errorLike(new ApiError('forbidden', 'Path is outside the folders this host may use: /etc/x.txt', { path: '/etc/x.txt' }));
    expect(errorText(outside, 'zh-CN')).toBe('不能使用这个位置：/etc/x.txt（不在校样台可以读写的文件夹内）');
    expect(errorText(outside, 'en')).toBe('This location cannot be used: /etc/x.txt (it is outside the folders Galley may read and write)');
    const unchosen = errorLike(new ApiError('forbidden', '只能导出到本次在对话框中选择的位置 / Exports go only where a dialog this session chose: /tmp/a.csv', { path: '/tmp/a.csv' }));
    expect(errorText(unchosen, 'zh-CN')).toBe('只能导出到本次在对话框中选择的位置');
    expect(errorText(errorLike(new ApiError('forbidden', 'HTTP 403 Forbidden')), 'en')).toBe('The access token is not valid: open the URL Galley printed for this run');
    expect(errorText({ code: 'refused', message: '文件为空' }, 'zh-CN')).toBe('文件为空');
    expect(errorText({ code: 'not-found', message: 'no article 9' }, 'zh-CN')).toBe('找不到要操作的内容（可能已被删除）（no article 9）');
    const bilingual = { code: 'refused', message: '文章 3 已标为噪声，请先恢复 / Article 3 is marked as noise; restore it first' };
    expect(errorText(bilingual, 'zh-CN')).toBe('文章 3 已标为噪声，请先恢复');
    expect(errorText(bilingual, 'en')).toBe('Refused (Article 3 is marked as noise; restore it first)');
    expect(errorText({ code: 'not-found', message: 'no article 9' }, 'en')).toBe('Not found (it may have been deleted) (no article 9)');
  });

  it('writes Chinese messages with full-width punctuation', () => {
    for (const key of MESSAGE_KEYS) expect(translate('zh-CN', key).replace(/\{[^}]*\}/g, ''), key).not.toMatch(/[\p{Script=Han}][,;:()!?]|[,;:()!?][\p{Script=Han}]/u);
  });

  it('gives both languages the same placeholders for every message', () => {
    for (const key of MESSAGE_KEYS) expect(placeholders(translate('en', key)), key).toEqual(placeholders(translate('zh-CN', key)));
  });
});

describe('plurals', () => {
  it('takes the singular form for a count of one where the catalogue has it', () => {
    expect(translate('en', 'list.warnings', { count: 1 })).toBe('1 warning');
    expect(translate('en', 'list.warnings', { count: 2 })).toBe('2 warnings');
    expect(translate('zh-CN', 'list.warnings', { count: 1 })).toBe('1 条提示');
    expect(translate('en', 'list.count', { count: 1 })).toBe('1 article');
  });
});
