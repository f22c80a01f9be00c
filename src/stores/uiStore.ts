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
  /** A preset the form starts a new connection with (the welcome's ways in), or null. */
  connectionPreset: string | null;
  openConnection(reason?: string, preset?: string): void;
  closeConnection(): void;
  setDraft(draft: string): void;
  /** The open tab of the Run details zone. */
  detailsTab: string;
  setDetailsTab(tab: string): void;
}

export const useUi = create<UiState>()((set) => ({
  connectionOpen: false,
  connectionReason: null,
  draft: '',
  sendAttempted: false,
  setSendAttempted: (sendAttempted) => set({ sendAttempted }),
  connectionPreset: null,
  openConnection: (reason, preset) =>
    set({
      connectionOpen: true,
      connectionReason: reason ?? null,
      connectionPreset: preset ?? null,
    }),
  closeConnection: () =>
    set({ connectionOpen: false, connectionReason: null, connectionPreset: null }),
  setDraft: (draft) => set({ draft }),
  detailsTab: '',
  setDetailsTab: (detailsTab) => set({ detailsTab }),
}));
