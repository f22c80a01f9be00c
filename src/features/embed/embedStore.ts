import { create } from 'zustand';
import { NO_LOCKS, type Locks } from '../../core/embed/applyHost';
import type { EmbedTheme } from '../../core/embed/protocol';

/** Whether a host page can drive this frame, and why not. */
export type HostApiState =
  /** Waiting for config.json to say which origins are allowed. */
  | 'starting'
  /** No origin is allowed (or the page is not in a frame): host messages are ignored. */
  | 'off'
  /** Listening for the host; `ready` was posted. */
  | 'listening'
  /** The host has sent a valid message. */
  | 'connected';

interface EmbedState {
  api: HostApiState;
  /** The allowed origins as configured, shown in Settings to whoever debugs an embed. */
  origins: string[];
  theme: EmbedTheme;
  locks: Locks;
  /** Set once the host chose the connection: the frame then offers no connection editing. */
  hostConnection: { baseUrl: string } | null;
}

export const useEmbed = create<EmbedState>()(() => ({
  api: 'starting',
  origins: [],
  theme: 'auto',
  locks: NO_LOCKS,
  hostConnection: null,
}));
