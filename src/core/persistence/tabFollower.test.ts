import { describe, expect, it } from 'vitest';
import { createTabFollower } from './tabFollower';

function follower(known: string[]) {
  let busy = false;
  const reloaded: string[] = [];
  const f = createTabFollower({
    isKnown: (key) => known.includes(key),
    isBusy: () => busy,
    reload: (key) => reloaded.push(key),
  });
  return { f, reloaded, setBusy: (b: boolean) => (busy = b) };
}

describe('following what other tabs save', () => {
  it('an idle tab loads a store again as soon as another tab saves it', () => {
    const { f, reloaded } = follower(['state', 'tools']);
    f.saved('state');
    f.saved('tools');
    expect(reloaded).toEqual(['state', 'tools']);
  });

  it('keys that are not a store of ours are ignored', () => {
    const { f, reloaded } = follower(['state']);
    f.saved('someone-else');
    f.idle();
    expect(reloaded).toEqual([]);
  });

  it('a tab that is answering waits, then loads each store that changed once', () => {
    const { f, reloaded, setBusy } = follower(['state', 'tools']);
    setBusy(true);
    f.saved('tools');
    f.saved('tools');
    f.saved('state');
    f.idle(); // still busy: nothing yet
    expect(reloaded).toEqual([]);
    setBusy(false);
    f.idle();
    expect(reloaded).toEqual(['tools', 'state']);
    f.idle();
    expect(reloaded).toEqual(['tools', 'state']);
  });
});
