import { focusBack } from '../../components/ui/focusBack';
import { AlertDialog, DropdownMenu } from 'radix-ui';
import { useEffect, useEffectEvent, useRef, useState, type ChangeEvent } from 'react';
import { reclaimFocus, type Intent } from '../../components/ui/deferred';
import type { Session } from '../../core/session/envelope';
import { shareData } from '../../core/session/shareLink';
import { useConfig } from '../../stores/configStore';
import { toast } from '../toast/toast';
import {
  clearShareFragment,
  currentHasWork,
  exportSession,
  makeShareLink,
  openSession,
  readSessionFile,
  readShareData,
} from './sessionActions';
import './session.css';

type Status =
  | { kind: 'ok'; text: string; notes?: string[] }
  | { kind: 'error'; text: string; problems: string[] }
  /** Clipboard refused: the link is shown to copy by hand. */
  | { kind: 'link'; text: string; url: string };

interface Pending {
  session: Session;
  from: 'file' | 'link';
}

const OK_STATUS_MS = 4000;

function describeSession(session: Session): string {
  const n = session.messages.length;
  const messages = `${n} message${n === 1 ? '' : 's'}`;
  return session.model ? `${messages}, model ${session.model}` : messages;
}

/** Resolves once config.json was read: it decides which connections and models exist. */
function configReady(): Promise<void> {
  if (useConfig.getState().status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useConfig.subscribe((s) => {
      if (s.status !== 'ready') return;
      stop();
      resolve();
    });
  });
}

export default function SessionMenu({ intent }: { intent: Intent }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  /** Reading a file or making a link: the Session button says so until it is done. */
  const [busy, setBusy] = useState(false);
  useEffect(() => reclaimFocus(intent, trigger.current), [intent]);

  // Success messages fade; errors and notes stay until dismissed.
  useEffect(() => {
    if (status?.kind !== 'ok' || status.notes?.length) return;
    const timer = setTimeout(() => setStatus(null), OK_STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const open = (session: Session, from: Pending['from']) => {
    const notes = openSession(session);
    setStatus({
      kind: 'ok',
      text: from === 'link' ? 'Opened the shared session.' : 'Imported the session.',
      notes,
    });
  };

  const offer = (session: Session, from: Pending['from']) => {
    if (currentHasWork()) {
      setPending({ session, from });
      return;
    }
    open(session, from);
    if (from === 'link') clearShareFragment();
  };

  // The listener below lives as long as the menu; it calls the latest `offer`.
  const offerLink = useEffectEvent((session: Session) => offer(session, 'link'));

  // Opening a share link (at start, or pasted into this tab's address bar).
  useEffect(() => {
    let cancelled = false;
    const handle = async () => {
      const data = shareData(window.location.hash);
      if (data === undefined) return;
      await configReady();
      const parsed = await readShareData(data);
      if (cancelled || shareData(window.location.hash) !== data) return;
      if (parsed.ok) {
        offerLink(parsed.session);
        return;
      }
      clearShareFragment();
      setStatus({
        kind: 'error',
        text: 'This share link cannot be opened; nothing was changed.',
        problems: parsed.problems,
      });
    };
    const onHash = () => void handle();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (!file) return;
    setBusy(true);
    const parsed = await readSessionFile(file).finally(() => setBusy(false));
    if (parsed.ok) offer(parsed.session, 'file');
    else
      setStatus({
        kind: 'error',
        text: `"${file.name}" cannot be imported; nothing was changed.`,
        problems: parsed.problems,
      });
  };

  const copyLink = async () => {
    setBusy(true);
    const link = await makeShareLink().finally(() => setBusy(false));
    if (!link.ok) {
      setStatus({ kind: 'error', text: 'No share link made.', problems: [link.message] });
      return;
    }
    try {
      await navigator.clipboard.writeText(link.url);
      toast('Link copied. It holds no API key.');
    } catch {
      setStatus({
        kind: 'link',
        text: 'The browser refused clipboard access: copy the link from here.',
        url: link.url,
      });
    }
  };

  const settle = (accept: boolean) => {
    if (!pending) return;
    if (accept) open(pending.session, pending.from);
    if (pending.from === 'link') clearShareFragment();
    setPending(null);
  };

  return (
    <div className="session-control">
      <DropdownMenu.Root defaultOpen={intent.open}>
        <DropdownMenu.Trigger asChild>
          <button type="button" ref={trigger} className="busy-button" aria-busy={busy}>
            Session
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="popover session-menu" align="end" sideOffset={4}>
            <DropdownMenu.Item
              className="session-item"
              onSelect={() => toast(`Exported the session as ${exportSession()}.`)}
            >
              Export session…
            </DropdownMenu.Item>
            <DropdownMenu.Item className="session-item" onSelect={() => fileInput.current?.click()}>
              Import session…
            </DropdownMenu.Item>
            <DropdownMenu.Item className="session-item" onSelect={() => void copyLink()}>
              Copy share link
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label="Session file"
        hidden
        onChange={(e) => void onFile(e)}
      />
      {/* Always present, so screen readers announce what appears in it. */}
      <div
        role="status"
        className={status && status.kind !== 'error' ? 'session-status' : undefined}
      >
        {status && status.kind !== 'error' && (
          <>
            <p>{status.text}</p>
            {status.kind === 'ok' &&
              status.notes?.map((note) => (
                <p key={note} className="fine">
                  {note}
                </p>
              ))}
            {status.kind === 'link' && (
              <input
                readOnly
                aria-label="Share link"
                value={status.url}
                onFocus={(e) => e.target.select()}
              />
            )}
            <button type="button" className="session-dismiss" onClick={() => setStatus(null)}>
              Dismiss
            </button>
          </>
        )}
      </div>
      {status?.kind === 'error' && (
        <div role="alert" className="session-status session-error">
          <p>{status.text}</p>
          <ul>
            {status.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" className="session-dismiss" onClick={() => setStatus(null)}>
            Dismiss
          </button>
        </div>
      )}
      <AlertDialog.Root open={pending !== null} onOpenChange={(o) => !o && settle(false)}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog" onCloseAutoFocus={(e) => focusBack(e, trigger)}>
            <AlertDialog.Title>Replace the current work?</AlertDialog.Title>
            <AlertDialog.Description>
              {pending?.from === 'link' ? 'This share link' : 'This file'} holds a session (
              {pending ? describeSession(pending.session) : ''}). Opening it replaces the
              conversation, system message, tools and response format. Export the current session
              first to keep it.
            </AlertDialog.Description>
            <div className="dialog-actions">
              <AlertDialog.Cancel asChild>
                <button type="button">Keep current work</button>
              </AlertDialog.Cancel>
              <AlertDialog.Action asChild>
                <button type="button" className="primary" onClick={() => settle(true)}>
                  Replace
                </button>
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}
