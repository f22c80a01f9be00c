import { describe, expect, it } from 'vitest';
import { modelContext } from '../params/registry';
import {
  BUDGET_FIELD,
  MIN_THINKING_BUDGET,
  parseBudget,
  sanitiseThinking,
  thinkingApplies,
  thinkingBody,
  thinkingProblems,
  THINKING_FIELD,
} from './thinking';

const on = (budget: string) => ({ enabled: true, budget });

describe('thinkingApplies', () => {
  it('is for Claude models in chat', () => {
    expect(thinkingApplies(modelContext('claude-sonnet-4-20250514'))).toBe(true);
    expect(thinkingApplies(modelContext('anthropic/claude-3.7-sonnet', undefined, 'openai'))).toBe(
      true,
    );
    expect(thinkingApplies(modelContext('gpt-4o'))).toBe(false);
    expect(thinkingApplies(modelContext('claude-3', undefined, 'openai', 'complete'))).toBe(false);
  });
});

describe('the thinking-budget rule', () => {
  it('accepts a budget of at least 1,024 below Max tokens', () => {
    expect(MIN_THINKING_BUDGET).toBe(1024);
    expect(thinkingProblems(on('1024'), { max_tokens: 1025 })).toEqual([]);
    expect(thinkingProblems(on('8000'), { max_tokens: 16000 })).toEqual([]);
  });

  it('refuses a budget under 1,024', () => {
    expect(thinkingProblems(on('1023'), { max_tokens: 4096 })).toEqual([
      { field: BUDGET_FIELD, message: 'The thinking budget must be at least 1,024 tokens.' },
    ]);
  });

  it.each([
    ['', 'Enter a thinking budget of at least 1,024 tokens.'],
    ['2048.5', 'The thinking budget must be a whole number of tokens.'],
    ['-2000', 'The thinking budget must be a whole number of tokens.'],
    ['lots', 'The thinking budget must be a whole number of tokens.'],
  ])('refuses the budget %j', (budget, message) => {
    expect(thinkingProblems(on(budget), { max_tokens: 4096 })).toEqual([
      { field: BUDGET_FIELD, message },
    ]);
  });

  it('refuses a budget equal to or above Max tokens', () => {
    const message =
      'The thinking budget (2,048) must be less than Max tokens (2,048): thinking counts toward Max tokens.';
    expect(thinkingProblems(on('2048'), { max_tokens: 2048 })).toEqual([
      { field: BUDGET_FIELD, message },
    ]);
    expect(thinkingProblems(on('4096'), { max_tokens: 1500 })[0]?.message).toContain(
      'must be less than Max tokens (1,500)',
    );
  });

  it('needs Max tokens set, unless Max tokens is already reported as invalid', () => {
    expect(thinkingProblems(on('2048'), {})).toEqual([
      {
        field: 'Max tokens',
        message: 'Extended thinking needs Max tokens set, larger than the thinking budget.',
      },
    ]);
    expect(
      thinkingProblems(on('2048'), {}, { max_tokens: 'Max tokens must be a number.' }),
    ).toEqual([]);
  });

  it('refuses the sampling settings Anthropic rejects while thinking', () => {
    const problems = thinkingProblems(on('2048'), {
      max_tokens: 4096,
      temperature: 0.5,
      top_k: 40,
      top_p: 0.9,
    });
    expect(problems.map((p) => p.field)).toEqual([THINKING_FIELD, THINKING_FIELD, THINKING_FIELD]);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/Temperature 1.*Top K.*Top P/);
    expect(thinkingProblems(on('2048'), { max_tokens: 4096, temperature: 1, top_p: 0.95 })).toEqual(
      [],
    );
  });

  it('checks nothing while thinking is off', () => {
    expect(thinkingProblems({ enabled: false, budget: 'junk' }, { temperature: 0.2 })).toEqual([]);
  });
});

describe('thinkingBody', () => {
  it('sends thinking with the budget as a number', () => {
    expect(thinkingBody(on(' 3000 '))).toEqual({
      thinking: { type: 'enabled', budget_tokens: 3000 },
    });
  });
  it('sends nothing while off or unusable', () => {
    expect(thinkingBody({ enabled: false, budget: '3000' })).toEqual({});
    expect(thinkingBody(on('12'))).toEqual({});
  });
});

describe('parseBudget', () => {
  it('reads whole numbers only', () => {
    expect(parseBudget('1024')).toEqual({ value: 1024 });
    expect(parseBudget('1e4')).toHaveProperty('error');
  });
});

describe('sanitiseThinking', () => {
  it('keeps well-formed settings per model and repairs the rest', () => {
    expect(
      sanitiseThinking({
        byModel: {
          'claude-a': { enabled: true, budget: '4096' },
          'claude-b': { enabled: 'yes', budget: 5 },
          ['__proto__']: { enabled: true, budget: '1' },
          broken: 'x',
        },
      }),
    ).toEqual({
      'claude-a': { enabled: true, budget: '4096' },
      'claude-b': { enabled: false, budget: '2048' },
    });
    expect(sanitiseThinking(null)).toEqual({});
    expect(sanitiseThinking({ byModel: [] })).toEqual({});
  });
});
