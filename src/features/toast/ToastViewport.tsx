import { Toast } from 'radix-ui';
import './toast.css';
import { useToasts } from './toast';

/** Toasts stay this long; hovering or focusing them pauses the clock (Radix). */
const DURATION_MS = 4000;

/** The toasts, bottom right; F8 moves focus to them. Loaded with the first toast. */
export default function ToastViewport() {
  const toasts = useToasts((s) => s.toasts);
  const remove = useToasts((s) => s.remove);
  return (
    <Toast.Provider duration={DURATION_MS} label="Notification">
      {toasts.map((t) => (
        <Toast.Root
          key={t.id}
          type="background"
          className={`toast toast-${t.tone}`}
          onOpenChange={(open) => {
            if (!open) remove(t.id);
          }}
        >
          <Toast.Description>{t.message}</Toast.Description>
          <Toast.Close className="icon-button" aria-label="Close notification">
            ✕
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" label="Notifications ({hotkey})" />
    </Toast.Provider>
  );
}
