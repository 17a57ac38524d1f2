import type { ApiHandlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { HandlerDeps } from './deps';

const unsupported = () => new ApiError('unsupported', '只有桌面版提供系统文件对话框 / Native file dialogs exist only in the desktop app');

export function dialogHandlers(deps: HandlerDeps): Pick<ApiHandlers, 'dialog.openPaths' | 'dialog.savePath'> {
  return {
    'dialog.openPaths': (req) => {
      if (!deps.dialogs) throw unsupported();
      return deps.dialogs.openPaths(req);
    },
    'dialog.savePath': (req) => {
      if (!deps.dialogs) throw unsupported();
      return deps.dialogs.savePath(req);
    },
  };
}
