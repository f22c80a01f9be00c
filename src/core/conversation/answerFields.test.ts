import { describe, expect, it } from 'vitest';
import type { ChoiceState } from '../stream/runReducer';
import { answerFields } from './answerFields';

const choice = (over: Partial<ChoiceState>): ChoiceState => ({
  index: 0,
  role: 'assistant',
  text: '',
  reasoning: '',
  toolCalls: [],
  ...over,
});

describe('answerFields', () => {
  it('keeps the text and drops empty reasoning and tool calls', () => {
    expect(answerFields('m1', choice({ text: 'Hi' }))).toEqual({
      content: 'Hi',
      reasoning: undefined,
      toolCalls: undefined,
    });
  });

  it('gives a tool call without an id one the tool result can name', () => {
    const fields = answerFields(
      'm1',
      choice({
        reasoning: 'Think',
        toolCalls: [
          { index: 2, id: '', name: 'get_weather', arguments: '{"city":"Paris"}' },
          { index: 3, id: 'call_x', name: 'search', arguments: '{}' },
        ] as ChoiceState['toolCalls'],
      }),
    );
    expect(fields.reasoning).toBe('Think');
    expect(fields.toolCalls).toEqual([
      {
        id: 'call_m1_2',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      },
      { id: 'call_x', type: 'function', function: { name: 'search', arguments: '{}' } },
    ]);
  });

  it('is an empty answer when the run produced no choice', () => {
    expect(answerFields('m1', undefined).content).toBe('');
  });
});
