import { useId, useMemo } from 'react';
import { Switch } from '../../components/ui/Switch';
import { HelpTip } from '../../components/ui/Tip';
import type { ModelContext } from '../../core/params/registry';
import { resolveParams } from '../../core/params/resolve';
import {
  BUDGET_FIELD,
  DEFAULT_THINKING,
  MIN_THINKING_BUDGET,
  thinkingProblems,
} from '../../core/reasoning/thinking';
import { useRawParams } from '../parameters/useParamState';
import { useThinking } from './thinkingStore';

/** Claude's "Extended thinking" switch and its "Thinking budget", with their rules. */
export function ThinkingPanel({ ctx }: { ctx: ModelContext }) {
  const id = useId();
  const settings = useThinking((s) =>
    Object.hasOwn(s.byModel, ctx.id) ? s.byModel[ctx.id] : undefined,
  );
  const setThinking = useThinking((s) => s.setThinking);
  const raw = useRawParams(ctx.id);
  const current = settings ?? DEFAULT_THINKING;
  const problems = useMemo(() => {
    const { values, errors } = resolveParams(ctx, raw);
    return thinkingProblems(current, values, errors);
  }, [ctx, raw, current]);
  const budgetProblems = problems.filter((p) => p.field === BUDGET_FIELD);
  const otherProblems = problems.filter((p) => p.field !== BUDGET_FIELD);
  const budgetId = `${id}-budget`;

  return (
    <div className={`field param${current.enabled ? ' param-set' : ''}`}>
      <div className="field-label-row">
        <Switch
          label="Extended thinking"
          checked={current.enabled}
          onChange={(enabled) => setThinking(ctx.id, { enabled })}
        />
        <HelpTip label="Extended thinking">
          Claude thinks step by step before it answers, within a budget of at least{' '}
          {MIN_THINKING_BUDGET.toLocaleString('en-US')} tokens. Thinking counts toward Max tokens,
          so the budget must be below it.
        </HelpTip>
        <span className={current.enabled ? 'param-state is-set' : 'param-state'}>
          {current.enabled ? 'sent' : 'not sent'}
        </span>
      </div>
      {current.enabled && (
        <>
          <label className="field-label" htmlFor={budgetId}>
            Thinking budget
          </label>
          <input
            id={budgetId}
            className="param-number"
            type="text"
            role="spinbutton"
            inputMode="numeric"
            aria-valuemin={MIN_THINKING_BUDGET}
            aria-valuenow={
              Number.isFinite(Number(current.budget)) ? Number(current.budget) : undefined
            }
            aria-invalid={budgetProblems.length > 0 ? true : undefined}
            aria-describedby={budgetProblems.length > 0 ? `${budgetId}-error` : undefined}
            value={current.budget}
            onChange={(e) => setThinking(ctx.id, { budget: e.target.value })}
            autoComplete="off"
          />
          {budgetProblems.length > 0 && (
            <p className="field-error" id={`${budgetId}-error`} role="alert">
              {budgetProblems.map((p) => p.message).join(' ')}
            </p>
          )}
          {otherProblems.map((p) => (
            <p key={p.message} className="field-error" role="alert">
              {p.message}
            </p>
          ))}
        </>
      )}
    </div>
  );
}
