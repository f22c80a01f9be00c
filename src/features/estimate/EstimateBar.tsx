import { useEffect, useState } from 'react';
import { formatUsd } from '../../core/estimate/cost';
import { contextGauge, costRange, maxTokensOf, type ContextGauge } from '../../core/estimate/gauge';
import { countRequestTokens, type RequestCount } from '../../core/estimate/countRequest';
import { encodingFor, type EncodingName } from '../../core/estimate/encoding';
import { substitute } from '../../core/variables/variables';
import type { ModelInfo } from '../../core/types';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';
import { useTools } from '../../stores/toolsStore';
import { useUi } from '../../stores/uiStore';
import { useSelectedModel } from '../models/useModels';
import { useThinking } from '../reasoning/thinkingStore';
import { currentRequest, effectiveMode } from '../run/runController';
import { useStructured } from '../structured/structuredStore';
import { useVariables } from '../variables/variablesStore';
import { useInBrowserEngine } from '../../engines/inbrowser/store';
import { approximateFor, countExactly, countWithEngineVocabulary, loadedGguf } from './tokenizers';
import './estimate.css';

/** Typing pauses this long before the request is counted again. */
const DEBOUNCE_MS = 300;

interface Estimate {
  tokens: number;
  /** The tokenizer that counted, or why the figure is approximate. */
  method:
    { exact: true; encoding: EncodingName | 'engine' } | { exact: false; calibrated: boolean };
  approximateParts: string[];
  maxOutput?: number;
  gauge?: ContextGauge;
  cost?: { min: number; max?: number };
}

const int = new Intl.NumberFormat('en-US');

/** The body Send would post if pressed now: the built request plus the composer's text. */
function pendingBody(info?: ModelInfo): { body: Record<string, unknown>; model: string } | null {
  const request = currentRequest(info);
  if (!request) return null;
  const model = typeof request.body.model === 'string' ? request.body.model : '';
  const draft = useUi.getState().draft;
  if (effectiveMode() === 'complete' || draft.trim() === '') return { body: request.body, model };
  const messages = Array.isArray(request.body.messages) ? request.body.messages : [];
  const content = substitute(draft, useVariables.getState().values);
  return {
    body: { ...request.body, messages: [...messages, { role: 'user', content }] },
    model,
  };
}

async function estimateNow(info: ModelInfo | undefined): Promise<Estimate | null> {
  const pending = pendingBody(info);
  if (!pending) return null;
  const provider = selectConnection(usePlayground.getState()).provider;
  const encoding = encodingFor(pending.model, provider);
  // Until the model is loaded its vocabulary is unknown, and the figure approximate.
  const gguf = provider === 'inbrowser' ? loadedGguf(pending.model) : undefined;
  let counted: RequestCount | null = null;
  let method: Estimate['method'] = { exact: false, calibrated: false };
  if (encoding) {
    counted = await countExactly(encoding, pending.body);
    method = { exact: true, encoding };
  } else if (gguf) {
    counted = await countWithEngineVocabulary(gguf, pending.body);
    method = { exact: true, encoding: 'engine' };
  }
  if (!counted) {
    const approx = approximateFor(pending.model);
    counted = countRequestTokens(pending.body, approx.count);
    method = { exact: false, calibrated: approx.calibrated };
  }
  const { tokens, approximateParts } = counted;
  const maxOutput = maxTokensOf(pending.body) ?? info?.maxOutputTokens;
  const window = info?.contextWindow;
  return {
    tokens,
    method,
    approximateParts,
    maxOutput,
    gauge: window && window > 0 ? contextGauge(tokens, maxOutput ?? 0, window) : undefined,
    cost: info ? costRange(tokens, maxOutput, info) : undefined,
  };
}

/**
 * Re-counts after each pause in typing. Subscribes to the stores directly
 * rather than through React, so a keystroke costs a timer reset here and no
 * render; the count itself runs once typing pauses.
 */
function useEstimate(info: ModelInfo | undefined): Estimate | null {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;
    const run = () => {
      const mine = ++generation;
      estimateNow(info).then(
        (next) => {
          if (mine === generation) setEstimate(next);
        },
        () => {
          // A tokenizer chunk that fails to load leaves the last figure; the next change retries.
        },
      );
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    };
    run();
    const stores = [usePlayground, useUi, useTools, useStructured, useThinking, useVariables];
    const unsubscribe = stores.map((store) => store.subscribe(schedule));
    // A model finishing loading brings its vocabulary; download progress does not matter.
    const unsubscribeEngine = useInBrowserEngine.subscribe((now, before) => {
      if (now.modelFile !== before.modelFile || now.facts !== before.facts) schedule();
    });
    return () => {
      clearTimeout(timer);
      generation += 1;
      for (const u of unsubscribe) u();
      unsubscribeEngine();
    };
  }, [info]);
  return estimate;
}

function methodText(e: Estimate): string {
  if (e.method.exact) {
    return e.method.encoding === 'engine' ? 'engine tokenizer' : e.method.encoding;
  }
  return e.method.calibrated ? 'approximate, calibrated on the last run' : 'approximate';
}

/** Estimated input tokens, context use and cost of the request Send would post. */
export default function EstimateBar() {
  const { info } = useSelectedModel();
  const estimate = useEstimate(info);
  if (!estimate) return null;
  const { gauge, cost } = estimate;
  const prefix = estimate.method.exact && estimate.approximateParts.length === 0 ? '' : '≈ ';
  const tokensText = `${prefix}${int.format(estimate.tokens)} input tokens (${methodText(estimate)})`;
  const extraNote =
    estimate.method.exact && estimate.approximateParts.length > 0
      ? `${estimate.approximateParts.join(', ')} counted roughly`
      : undefined;
  return (
    <div className="estimate" aria-label="Estimate before sending" role="group">
      <span className="estimate-tokens">{tokensText}</span>
      {extraNote && <span className="fine">{extraNote}</span>}
      {estimate.maxOutput !== undefined && (
        <span className="fine">+ up to {int.format(estimate.maxOutput)} out</span>
      )}
      {gauge && info?.contextWindow && (
        <span className="estimate-gauge">
          <meter
            aria-label="Context window use"
            min={0}
            max={1}
            low={0.85}
            high={0.999}
            optimum={0}
            value={Math.min(1, gauge.fraction)}
          />
          <span className="fine">
            {Math.round(gauge.fraction * 100)} % of {int.format(info.contextWindow)}
          </span>
        </span>
      )}
      {cost && (
        <span className="estimate-cost">
          {cost.max === undefined
            ? `from ${formatUsd(cost.min)}`
            : `${formatUsd(cost.min)} – ${formatUsd(cost.max)}`}
        </span>
      )}
      {gauge?.message && (
        <p className={`estimate-warning estimate-${gauge.level}`} role="status">
          {gauge.message}
        </p>
      )}
    </div>
  );
}
