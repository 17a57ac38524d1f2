import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { Dialog } from '../shell/Dialog';
import { ImportPanel } from './ImportPanel';

export function ImportDialog() {
  const t = useT();
  const close = useDesk((s) => s.closeOverlay);
  return (
    <Dialog title={t('import.title')} onClose={close} testId="import-dialog">
      <ImportPanel />
    </Dialog>
  );
}
