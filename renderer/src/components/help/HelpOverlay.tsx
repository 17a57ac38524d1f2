import { useT } from '../../hooks/useT';
import type { MessageKey } from '../../i18n';
import { useDesk } from '../../store/provider';
import { Dialog } from '../shell/Dialog';

/** Key names are the same in every language; only the descriptions are translated. */
const SHORTCUTS: { keys: string; label: MessageKey }[] = [
  { keys: '? / F1', label: 'help.open' },
  { keys: 'Ctrl+Enter', label: 'help.approve' },
  { keys: 'F7', label: 'help.next' },
  { keys: 'Shift+F7', label: 'help.prev' },
  { keys: 'Ctrl+Alt+Z', label: 'help.revert' },
  { keys: 'F9 / Shift+F9', label: 'help.nextSuspicion' },
  { keys: 'Alt+Enter', label: 'help.acceptSuspicion' },
  { keys: 'Alt+Shift+Enter', label: 'help.dismissSuspicion' },
  { keys: 'Ctrl+Shift+F', label: 'help.find' },
  { keys: 'Ctrl+F', label: 'help.search' },
  { keys: 'Alt+↓ / Alt+↑', label: 'help.listNav' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', label: 'help.undo' },
  { keys: 'Ctrl+O', label: 'help.import' },
  { keys: 'Ctrl+Shift+E', label: 'help.export' },
  { keys: 'Esc', label: 'help.close' },
];

export function HelpOverlay() {
  const t = useT();
  const close = useDesk((s) => s.closeOverlay);
  return (
    <Dialog title={t('help.title')} onClose={close} testId="help-overlay">
      <dl className="shortcut-list">
        {SHORTCUTS.map(({ keys, label }) => (
          <div key={label} className="shortcut">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
