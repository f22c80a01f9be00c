/** "Show probabilities" / "Hide probabilities", on answers that have them. */
export function ProbabilitiesToggle({
  pressed,
  onPressedChange,
}: {
  pressed: boolean;
  onPressedChange(pressed: boolean): void;
}) {
  return (
    <button
      type="button"
      className="link fine heat-toggle"
      aria-pressed={pressed}
      onClick={() => onPressedChange(!pressed)}
    >
      {pressed ? 'Hide probabilities' : 'Show probabilities'}
    </button>
  );
}
