import { useEffect, useState } from 'react';
import { onRunFinished } from '../run/runEvents';

/**
 * A polite live region that reads each finished answer once (the streaming
 * message is not live: it would be read token by token). Visually hidden.
 */
export function AnswerAnnouncer() {
  const [said, setSaid] = useState('');
  useEffect(
    () =>
      onRunFinished((run) => {
        // Emptied first, so the same answer twice is announced twice. The wording loads with
        // the first answer: nothing of it is needed on the first screen.
        setSaid('');
        void import('../../core/announce/announcement').then(({ announcementFor }) =>
          setSaid(announcementFor(run)),
        );
      }),
    [],
  );
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="answer-announcer"
    >
      {said}
    </div>
  );
}
