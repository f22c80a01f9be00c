import './config.css';
import { useConfig } from '../../stores/configStore';

/** What config.json asked for that the app ignored, until the user dismisses it. */
export function ConfigBanner() {
  const problems = useConfig((s) => s.problems);
  const dismissed = useConfig((s) => s.dismissed);
  const dismiss = useConfig((s) => s.dismiss);
  if (dismissed || problems.length === 0) return null;
  const wholeFile = problems.some((p) => p.field === 'config.json');
  return (
    <div className="config-banner callout callout-error" role="alert">
      <p>
        <strong>
          {wholeFile
            ? 'This deployment’s config.json was ignored.'
            : 'Some settings in this deployment’s config.json were ignored.'}
        </strong>{' '}
        Everything else works as usual.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p.field}>
            <code>{p.field}</code> {p.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
