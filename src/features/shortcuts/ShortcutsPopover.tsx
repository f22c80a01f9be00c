import { Popover } from 'radix-ui';
import { anchoredPopoverProps, type AnchoredPopover } from '../../components/ui/anchoredPopover';

const SHORTCUTS: [string, string][] = [
  ['Ctrl/⌘ + Enter', 'Send (from the composer, the system message or a message editor)'],
  ['Shift + Enter', 'New line without sending'],
  ['Escape', 'Stop the running answer; cancel an edit'],
];

/** The open shortcuts popover, anchored to the header button that stays first-screen code. */
export default function ShortcutsPopover({ anchor, onClose }: AnchoredPopover) {
  return (
    <Popover.Root open onOpenChange={(next) => !next && onClose()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          className="popover shortcuts"
          sideOffset={4}
          aria-label="Keyboard shortcuts"
          {...anchoredPopoverProps(anchor)}
        >
          <table>
            <tbody>
              {SHORTCUTS.map(([keys, action]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
