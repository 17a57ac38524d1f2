// What the window may name by path over IPC: only what the user chose in a native dialog during this session.
// A compromised or confused renderer could otherwise import any file of the machine (import.paths) or write an
// export anywhere (export.run). Drops need no grant: the window sends their contents (import.files), not paths.
import { resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { assertInsideRoots } from '../http/allowedRoots';

/**
 * The handler table for IPC calls: dialog.openPaths grants the files and folders it returns (a folder with all it
 * holds), dialog.savePath grants the one file it returns; import.paths and export.run (when given a path) are
 * refused for anything not granted, and so is export.layout's folder. An export without a path goes to the export folder, as always.
 */
export function confineToChosenPaths(handlers: ApiHandlers): ApiHandlers {
  const opened: string[] = [];
  const saveTargets = new Set<string>();
  return {
    ...handlers,
    'dialog.openPaths': async (req, ctx) => {
      const chosen = await handlers['dialog.openPaths'](req, ctx);
      opened.push(...chosen.paths.map((p) => resolve(p)));
      return chosen;
    },
    'dialog.savePath': async (req, ctx) => {
      const chosen = await handlers['dialog.savePath'](req, ctx);
      if (chosen.path !== null) saveTargets.add(resolve(chosen.path));
      return chosen;
    },
    'import.paths': async (req, ctx) => {
      for (const path of req.paths) {
        await assertInsideRoots(path, opened).catch(() => {
          throw new ApiError('forbidden', `只能导入本次在对话框中选择的文件或文件夹 / Only files and folders chosen in a dialog this session can be imported: ${path}`, { path });
        });
      }
      return handlers['import.paths'](req, ctx);
    },
    'export.run': async (req, ctx) => {
      if (req.path !== undefined && !saveTargets.has(resolve(req.path))) {
        throw new ApiError('forbidden', `只能导出到本次在对话框中选择的位置 / Exports go only where a dialog this session chose: ${req.path}`, { path: req.path });
      }
      return handlers['export.run'](req, ctx);
    },
    // A layout export writes a folder of files: only into a folder the open dialog chose this session.
    'export.layout': async (req, ctx) => {
      await assertInsideRoots(req.dir, opened).catch(() => {
        throw new ApiError('forbidden', `只能导出到本次在对话框中选择的文件夹 / Layout exports go only into a folder a dialog this session chose: ${req.dir}`, { path: req.dir });
      });
      return handlers['export.layout'](req, ctx);
    },
  };
}
