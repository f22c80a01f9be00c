import { create } from 'zustand';

interface UiState {
  connectionOpen: boolean;
  /** Why the connection dialog was opened for the user, shown at its top. */
  connectionReason: string | null;
  /** The composer's text: kept here so shortcuts anywhere can send it. */
  draft: string;
  /** Send was pressed while something blocked it: show the reasons. */
  sendAttempted: boolean;
  setSendAttempted(attempted: boolean): void;
  openConnection(reason?: string): void;
  closeConnection(): void;
  setDraft(draft: string): void;
}

export const useUi = create<UiState>()((set) => ({
  connectionOpen: false,
  connectionReason: null,
  draft: '',
  sendAttempted: false,
  setSendAttempted: (sendAttempted) => set({ sendAttempted }),
  openConnection: (reason) => set({ connectionOpen: true, connectionReason: reason ?? null }),
  closeConnection: () => set({ connectionOpen: false, connectionReason: null }),
  setDraft: (draft) => set({ draft }),
}));
