import { Popover } from 'radix-ui';

const SHORTCUTS: [string, string][] = [
  ['Ctrl/⌘ + Enter', 'Send (from the composer, the system message or a message editor)'],
  ['Shift + Enter', 'New line without sending'],
  ['Escape', 'Stop the running answer; cancel an edit'],
];

export function ShortcutsHelp() {
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button type="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts">
          ⌨
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover shortcuts"
          sideOffset={4}
          aria-label="Keyboard shortcuts"
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
