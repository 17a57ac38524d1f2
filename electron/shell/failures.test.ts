import { describe, expect, it } from 'vitest';
import { describeError, isCrash, isNativeAbiMismatch, isReportableLoadFailure } from './failures';
import { shellText } from './messages';

describe('failures', () => {
  it('reports failed loads of the main frame, not aborted ones or subframes', () => {
    expect(isReportableLoadFailure(-6, true)).toBe(true); // ERR_FILE_NOT_FOUND
    expect(isReportableLoadFailure(-3, true)).toBe(false); // ERR_ABORTED: replaced by another load
    expect(isReportableLoadFailure(-6, false)).toBe(false);
  });

  it('treats every renderer exit but a clean one as a crash', () => {
    expect(isCrash('clean-exit')).toBe(false);
    for (const reason of ['crashed', 'oom', 'killed', 'launch-failed', 'abnormal-exit', 'integrity-failure']) expect(isCrash(reason)).toBe(true);
  });

  it('recognises a native module built for another Node ABI', () => {
    const mismatch = new Error(
      "The module '/work/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 139.",
    );
    expect(isNativeAbiMismatch(mismatch)).toBe(true);
    expect(isNativeAbiMismatch(new Error('SQLITE_CANTOPEN: unable to open database file'))).toBe(false);
  });

  it('describes errors and non-errors', () => {
    expect(describeError(new Error('disk full'))).toBe('disk full');
    expect(describeError(new TypeError(''))).toBe('TypeError');
    expect(describeError('plain')).toBe('plain');
  });
});

describe('shellText', () => {
  it('speaks the desk\'s language and includes the detail', () => {
    expect(shellText('zh-CN').startFailed('磁盘已满')).toContain('磁盘已满');
    expect(shellText('zh-CN').errorTitle).toMatch(/[\u4e00-\u9fff]/);
    expect(shellText('en').rendererGone('oom')).toContain('(oom)');
    expect(shellText('en').errorTitle).not.toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(shellText('en')).sort()).toEqual(Object.keys(shellText('zh-CN')).sort());
  });
});
