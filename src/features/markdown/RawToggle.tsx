import './rawToggle.css';

/** Per message: show the answer's markdown source instead of its rendering. */
export function RawToggle({
  pressed,
  onPressedChange,
}: {
  pressed: boolean;
  onPressedChange(pressed: boolean): void;
}) {
  return (
    <button
      type="button"
      className="icon-button raw-toggle"
      aria-pressed={pressed}
      title={pressed ? 'Show the rendered answer' : 'Show the markdown source'}
      onClick={() => onPressedChange(!pressed)}
    >
      Raw
    </button>
  );
}
