// Requests shared by codegen.test.ts (snapshots) and codegen.exec.test.ts
// (programs run against the fixture server). Test-only; nothing imports it
// at runtime.

import type { ChatInput, CompleteInput } from '../request/buildRequest';
import type { ChatMessage } from '../types';

export type CaseInput = Omit<ChatInput, 'connection' | 'stream'>;

export interface CodegenCase {
  name: string;
  input: CaseInput;
  /** Which stream settings are worth generating and running. */
  streams: readonly boolean[];
  /** The text of the last user message, which the fixture echoes back. */
  lastUserText: string;
  /**
   * Asks for several choices (`n`), which only the OpenAI fixture answers;
   * the SipPulse fixture always sends one.
   */
  openAiOnly?: boolean;
}

/** Every character class that breaks naive quoting in sh, Python or JavaScript. */
export const NASTY =
  `It's "quoted" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n` +
  `$HOME $(id) \`whoami\` \${x} %s {0} !! ' '' ''' """ \\'\\" ` +
  `emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end`;

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Gets the weather forecast for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string', description: 'City name' } },
      required: ['city'],
    },
  },
};

const toolConversation: ChatMessage[] = [
  { role: 'user', content: "What's the weather forecast in New York?" },
  {
    role: 'assistant',
    content: null,
    tool_calls: [
      {
        id: 'call_abc123',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city": "New York"}' },
      },
    ],
  },
  {
    role: 'tool',
    tool_call_id: 'call_abc123',
    content: '{"temperature": 72, "condition": "sunny", "humidity": 45}',
  },
];

export const CASES: readonly CodegenCase[] = [
  {
    name: 'plain',
    input: {
      model: 'gpt-4o-mini',
      system: 'You are an AI assistant specialized in space history.',
      messages: [{ role: 'user', content: 'Describe the Apollo 11 mission.' }],
      params: {},
    },
    streams: [false],
    lastUserText: 'Describe the Apollo 11 mission.',
  },
  {
    name: 'streaming',
    input: {
      model: 'gpt-4o-mini',
      system: 'You are a helpful assistant.',
      messages: [
        { role: 'user', content: 'Hi!' },
        { role: 'assistant', content: 'Hello! How can I help?' },
        { role: 'user', content: 'Count to five, please.' },
      ],
      params: { temperature: 0.2 },
    },
    streams: [true],
    lastUserText: 'Count to five, please.',
  },
  {
    name: 'all-params',
    input: {
      model: 'gpt-4o',
      system: 'Answer in JSON.',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture?' },
            { type: 'image_url', image_url: { url: 'https://example.com/cat.png', detail: 'low' } },
          ],
        },
      ],
      params: {
        temperature: 0.7,
        top_p: 0.9,
        top_k: 40,
        max_tokens: 1024,
        frequency_penalty: 0.5,
        presence_penalty: -0.25,
        seed: 42,
        stop: ['END', '\n\n'],
        reasoning_effort: 'low',
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'answer',
            strict: true,
            schema: {
              type: 'object',
              properties: { answer: { type: 'string' }, confidence: { type: 'number' } },
              required: ['answer', 'confidence'],
              additionalProperties: false,
            },
          },
        },
        tools: [weatherTool],
        tool_choice: { type: 'function', function: { name: 'get_weather' } },
        parallel_tool_calls: false,
      },
    },
    streams: [false, true],
    lastUserText: 'What is in this picture?',
  },
  {
    name: 'tool-conversation',
    input: {
      model: 'gpt-4o',
      system: 'You can look up the weather.',
      messages: toolConversation,
      params: { tools: [weatherTool], tool_choice: 'auto' },
    },
    streams: [false, true],
    lastUserText: "What's the weather forecast in New York?",
  },
  {
    name: 'nasty-strings',
    input: {
      model: 'gpt-4o-mini',
      system: `System: ${NASTY}`,
      messages: [
        { role: 'user', content: `First: ${NASTY}` },
        { role: 'assistant', content: `Echo: ${NASTY}` },
        { role: 'user', content: NASTY },
      ],
      params: { stop: ["'''", '"""', '`', '$HOME', '\u2028'] },
    },
    streams: [false, true],
    lastUserText: NASTY,
  },
];

/**
 * Chat with `n: 2`: every snippet prints both choices, labelled. Run only
 * against the OpenAI fixture, which answers with n choices.
 */
export const MULTI_CHOICE_CASE: CodegenCase = {
  name: 'two-choices',
  input: {
    model: 'gpt-4o-mini',
    system: 'Be brief.',
    messages: [{ role: 'user', content: 'Name a colour.' }],
    params: { n: 2, temperature: 1 },
  },
  streams: [false, true],
  lastUserText: 'Name a colour.',
  openAiOnly: true,
};

export type CompleteCaseInput = Omit<CompleteInput, 'connection' | 'stream'>;

/** Complete mode (raw text completion); only OpenAI-compatible connections have it. */
export interface CompleteCase {
  name: string;
  input: CompleteCaseInput;
  streams: readonly boolean[];
}

export const COMPLETE_CASES: readonly CompleteCase[] = [
  {
    name: 'complete-plain',
    input: {
      mode: 'complete',
      model: 'gpt-3.5-turbo-instruct',
      prompt: 'Once upon a time',
      suffix: '',
      // best_of cannot be streamed (OpenAI); top_k is no keyword of the Python SDK.
      params: { max_tokens: 64, temperature: 0.7, best_of: 2, top_k: 40 },
    },
    streams: [false],
  },
  {
    name: 'complete-nasty',
    input: {
      mode: 'complete',
      model: 'gpt-3.5-turbo-instruct',
      prompt: `Prompt: ${NASTY}`,
      suffix: `Suffix: ${NASTY}`,
      params: { stop: ["'''", '$HOME', '\u2028'] },
    },
    streams: [false, true],
  },
  {
    name: 'complete-choices',
    input: {
      mode: 'complete',
      model: 'gpt-3.5-turbo-instruct',
      prompt: 'A tagline for a bakery:',
      suffix: '',
      params: { n: 2, echo: true, logprobs: 1, max_tokens: 16, seed: 7 },
    },
    streams: [false, true],
  },
];

/** The fixture server's default answer. */
export function fixtureAnswer(lastUserText: string): string {
  return `Hello from the fixture. You said: ${lastUserText}`;
}
