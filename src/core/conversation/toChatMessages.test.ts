import { describe, expect, it } from 'vitest';
import type { ToolCall } from '../types';
import { toChatMessages } from './toChatMessages';
import type { ConversationMessage } from './types';

const CALL: ToolCall = {
  id: 'call_1',
  type: 'function',
  function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' },
};

describe('toChatMessages', () => {
  it('maps a plain conversation', () => {
    expect(
      toChatMessages([
        { id: '1', role: 'user', content: 'Hi' },
        { id: '2', role: 'assistant', content: 'Hello', reasoning: 'thinking…' },
      ]),
    ).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello' },
    ]);
  });

  it('leaves out answers that failed before any text arrived', () => {
    const messages: ConversationMessage[] = [
      { id: '1', role: 'user', content: 'Hi' },
      {
        id: '2',
        role: 'assistant',
        content: '',
        run: { status: 'error', model: 'gpt-4o' },
      },
      { id: '3', role: 'user', content: 'Again?' },
    ];
    expect(toChatMessages(messages)).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'user', content: 'Again?' },
    ]);
  });

  it('keeps a partial answer that failed mid-stream', () => {
    expect(
      toChatMessages([
        { id: '2', role: 'assistant', content: 'Half', run: { status: 'error', model: 'm' } },
      ]),
    ).toEqual([{ role: 'assistant', content: 'Half' }]);
  });

  it('sends tool calls with content null when the assistant wrote nothing', () => {
    expect(
      toChatMessages([{ id: '1', role: 'assistant', content: '', toolCalls: [CALL] }]),
    ).toEqual([{ role: 'assistant', content: null, tool_calls: [CALL] }]);
  });

  it('keeps the assistant text alongside tool calls', () => {
    expect(
      toChatMessages([{ id: '1', role: 'assistant', content: 'Checking', toolCalls: [CALL] }]),
    ).toEqual([{ role: 'assistant', content: 'Checking', tool_calls: [CALL] }]);
  });

  it('an empty tool call list is not a tool call', () => {
    expect(toChatMessages([{ id: '1', role: 'assistant', content: 'Hi', toolCalls: [] }])).toEqual([
      { role: 'assistant', content: 'Hi' },
    ]);
    expect(toChatMessages([{ id: '1', role: 'assistant', content: '', toolCalls: [] }])).toEqual(
      [],
    );
  });

  it('tool results carry tool_call_id, even when empty', () => {
    expect(
      toChatMessages([
        { id: '1', role: 'assistant', content: '', toolCalls: [CALL] },
        { id: '2', role: 'tool', content: '{"temp":21}', toolCallId: 'call_1' },
        { id: '3', role: 'tool', content: '', toolCallId: 'call_2' },
      ]),
    ).toEqual([
      { role: 'assistant', content: null, tool_calls: [CALL] },
      { role: 'tool', content: '{"temp":21}', tool_call_id: 'call_1' },
      { role: 'tool', content: '', tool_call_id: 'call_2' },
    ]);
  });
});
