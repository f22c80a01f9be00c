import { Popover } from 'radix-ui';
import {
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import {
  formatProbability,
  heatColour,
  showToken,
  textAfterTokens,
} from '../../core/logprobs/logprobs';
import type { TokenLogprob } from '../../core/types';
import './logprobs.css';

/** The token element an event came from, and its position; null outside any token. */
function tokenAt(target: EventTarget | null): { element: HTMLElement; index: number } | null {
  if (!(target instanceof HTMLElement)) return null;
  const element = target.closest<HTMLElement>('[data-token-index]');
  if (!element) return null;
  return { element, index: Number(element.dataset.tokenIndex) };
}

function Alternatives({ token }: { token: TokenLogprob }) {
  const chosenListed = token.top.some((t) => t.token === token.token);
  return (
    <>
      <p className="heat-chosen">
        <code>{showToken(token.token)}</code> {formatProbability(token.logprob)}
      </p>
      {token.top.length === 0 ? (
        <p className="fine">The server sent no alternatives for this token.</p>
      ) : (
        <ol className="heat-alternatives" aria-label="Top alternatives">
          {token.top.map((alt, i) => (
            <li key={i} className={alt.token === token.token ? 'heat-alt-chosen' : undefined}>
              <span
                className="heat-swatch"
                style={{ backgroundColor: heatColour(alt.logprob) }}
                aria-hidden="true"
              />
              <code>{showToken(alt.token)}</code>
              <span className="heat-alt-p">{formatProbability(alt.logprob)}</span>
              {alt.token === token.token && <span className="fine"> (chosen)</span>}
            </li>
          ))}
        </ol>
      )}
      {!chosenListed && token.top.length > 0 && (
        <p className="fine">The chosen token was not among the top alternatives.</p>
      )}
    </>
  );
}

/**
 * An answer as a token heat map: each token coloured by how likely the model
 * found it, focusable (one tab stop, arrow keys move between tokens), and
 * with a popover of the top alternatives on click or focus. One popover is
 * anchored to whichever token is active, so thousands of tokens stay cheap.
 */
export function TokenHeatMap({
  tokens,
  content,
  before,
}: {
  tokens: readonly TokenLogprob[];
  /** The answer's text: whatever the tokens do not cover (a capped list) is shown plain after them. */
  content?: string;
  /** Shown in front of the tokens in the same flow (Complete mode's prompt). */
  before?: ReactNode;
}) {
  const [active, setActive] = useState<number | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const anchor = useRef<HTMLElement | null>(null);
  const container = useRef<HTMLDivElement | null>(null);
  const rest = content === undefined ? '' : textAfterTokens(tokens, content);
  const activeToken = active === null ? undefined : tokens[active];

  const activate = (found: { element: HTMLElement; index: number }) => {
    anchor.current = found.element;
    setFocusIndex(found.index);
    setActive(found.index);
  };
  const focusToken = (index: number) => {
    const clamped = Math.min(tokens.length - 1, Math.max(0, index));
    container.current?.querySelector<HTMLElement>(`[data-token-index="${clamped}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const found = tokenAt(e.target);
    if (!found) return;
    const moves: Record<string, number> = {
      ArrowRight: found.index + 1,
      ArrowDown: found.index + 1,
      ArrowLeft: found.index - 1,
      ArrowUp: found.index - 1,
      Home: 0,
      End: tokens.length - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      focusToken(target);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (active === found.index) setActive(null);
      else activate(found);
    }
  };
  const onFocusOrClick = (e: FocusEvent<HTMLDivElement> | MouseEvent<HTMLDivElement>) => {
    const found = tokenAt(e.target);
    if (found && found.index !== active) activate(found);
  };
  // Moving to another token is not "outside": the handlers above switch the popover to it.
  const insideMap = (target: EventTarget | null) =>
    target instanceof Node && container.current?.contains(target) === true;

  return (
    <Popover.Root
      open={activeToken !== undefined}
      onOpenChange={(open) => {
        if (!open) setActive(null);
      }}
    >
      <Popover.Anchor virtualRef={anchor} />
      <div
        ref={container}
        className="message-text heat-map"
        role="group"
        aria-label="Token probabilities"
        onKeyDown={onKeyDown}
        onFocus={onFocusOrClick}
        onClick={onFocusOrClick}
      >
        {before}
        {tokens.map((t, i) => (
          <span
            key={i}
            data-token-index={i}
            className="heat-token"
            role="button"
            tabIndex={i === focusIndex ? 0 : -1}
            aria-haspopup="dialog"
            aria-expanded={active === i}
            aria-label={`${showToken(t.token)} ${formatProbability(t.logprob)}`}
            title={formatProbability(t.logprob)}
            style={{ backgroundColor: heatColour(t.logprob) }}
          >
            {t.token}
          </span>
        ))}
        {rest && <span className="heat-rest">{rest}</span>}
      </div>
      {rest && (
        <p className="fine">
          Probabilities were kept for the first {tokens.length} tokens; the rest is shown plain.
        </p>
      )}
      <p className="fine heat-legend">
        <span className="heat-swatch" style={{ backgroundColor: heatColour(-10) }} /> unlikely to{' '}
        <span className="heat-swatch" style={{ backgroundColor: heatColour(0) }} /> likely. Click or
        focus a token to see the alternatives.
      </p>
      <Popover.Portal>
        {activeToken && (
          <Popover.Content
            key={active}
            className="popover heat-popover"
            side="top"
            align="start"
            sideOffset={4}
            collisionPadding={8}
            aria-label={`Alternatives for ${showToken(activeToken.token)}`}
            // Focus stays on the token, so arrow keys keep walking the answer.
            onOpenAutoFocus={(e) => e.preventDefault()}
            onCloseAutoFocus={(e) => e.preventDefault()}
            onInteractOutside={(e) => {
              if (insideMap(e.target)) e.preventDefault();
            }}
          >
            <Alternatives token={activeToken} />
          </Popover.Content>
        )}
      </Popover.Portal>
    </Popover.Root>
  );
}
