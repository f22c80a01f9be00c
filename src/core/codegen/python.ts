import type { PreparedRequest } from '../types';
import type { AnswerShape, Json } from './literals';
import {
  answerShape,
  envVarName,
  indent,
  plainHeaders,
  pythonLiteral,
  quoted,
  toJson,
} from './literals';

/**
 * Keyword arguments of the openai package's `chat.completions.create`. Other
 * body fields (top_k, thinking, …) would be a TypeError there, so they go
 * through `extra_body`, which the package merges into the JSON it posts.
 */
const CHAT_KWARGS = new Set([
  'messages',
  'model',
  'audio',
  'frequency_penalty',
  'function_call',
  'functions',
  'logit_bias',
  'logprobs',
  'max_completion_tokens',
  'max_tokens',
  'metadata',
  'modalities',
  'n',
  'parallel_tool_calls',
  'prediction',
  'presence_penalty',
  'prompt_cache_key',
  'reasoning_effort',
  'response_format',
  'safety_identifier',
  'seed',
  'service_tier',
  'stop',
  'store',
  'stream',
  'stream_options',
  'temperature',
  'tool_choice',
  'tools',
  'top_logprobs',
  'top_p',
  'user',
  'verbosity',
  'web_search_options',
]);

/** Keyword arguments of the openai package's (legacy) `completions.create`, for Complete mode. */
const COMPLETION_KWARGS = new Set([
  'model',
  'prompt',
  'best_of',
  'echo',
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'max_tokens',
  'n',
  'presence_penalty',
  'seed',
  'stop',
  'stream',
  'stream_options',
  'suffix',
  'temperature',
  'top_p',
  'user',
]);

function bodyOf(req: PreparedRequest): Record<string, Json> {
  const body = toJson(req.body);
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
}

/**
 * `api_key`, checked: a missing variable gets one clear line instead of a
 * KeyError, and the SDK never sees None (it would fall back to OPENAI_API_KEY).
 */
function readKey(envVar: string): string {
  const env = quoted(envVarName(envVar));
  return `api_key = os.environ.get(${env})
if not api_key:
    sys.exit(${quoted(`Set the ${envVarName(envVar)} environment variable.`)})`;
}

function headersLiteral(req: PreparedRequest): string {
  const key = req.auth.prefix ? `${quoted(req.auth.prefix)} + api_key` : 'api_key';
  const lines = [
    ...plainHeaders(req.headers, req.auth.header).map(
      ([name, value]) => `  ${quoted(name)}: ${quoted(value)},`,
    ),
    `  ${quoted(req.auth.header)}: ${key},`,
  ];
  return `{\n${lines.join('\n')}\n}`;
}

const HTTP_ERROR = `try:
    response.raise_for_status()
except requests.HTTPError:
    sys.exit(f"HTTP {response.status_code}: {response.text}")`;

/**
 * How the two runtimes spell the same reads: `requests` gives dicts, the SDK
 * gives objects with attributes (and always a `choices` list).
 */
interface Access {
  /** The field of `target`, or None. */
  get(target: string, field: string): string;
  /** The field of `target`, which is always there. */
  at(target: string, field: string): string;
  /** The choices of a stream `chunk`, possibly none. */
  chunkChoices: string;
}

const DICTS: Access = {
  get: (target, field) => `${target}.get(${quoted(field)})`,
  at: (target, field) => `${target}[${quoted(field)}]`,
  chunkChoices: 'chunk.get("choices") or []',
};

const OBJECTS: Access = {
  get: (target, field) => `${target}.${field}`,
  at: (target, field) => `${target}.${field}`,
  chunkChoices: 'chunk.choices',
};

function printToolCalls(a: Access, message: string): string {
  const name = a === DICTS ? "call['function']['name']" : 'call.function.name';
  const args = a === DICTS ? "call['function']['arguments']" : 'call.function.arguments';
  return `for call in ${a.get(message, 'tool_calls')} or []:
    print(f"tool call: {${name}}({${args}})")`;
}

/** Prints a whole (non-streamed) answer whose choices are in `choices`. */
function printAnswer(shape: AnswerShape, a: Access, choices: string): string {
  const message = (choice: string): string =>
    `message = ${a.at(choice, 'message')}
if ${a.get('message', 'content')} is not None:
    print(${a.at('message', 'content')})${shape.tools ? `\n${printToolCalls(a, 'message')}` : ''}`;
  if (!shape.multi) {
    return shape.complete ? `print(${a.at(`${choices}[0]`, 'text')})` : message(`${choices}[0]`);
  }
  const one = shape.complete ? `print(${a.at('choice', 'text')})` : message('choice');
  return `for i, choice in enumerate(${choices}, 1):
    print(f"Choice {i}:")
${indent(one, '    ')}`;
}

/**
 * The pieces of a streamed answer: declarations before the loop, the
 * statements for one parsed `chunk`, and what to print after the stream.
 */
function streamParts(
  shape: AnswerShape,
  a: Access,
): { before: string; perChunk: string; after: string } {
  const collectToolCalls = (delta: string, calls: string, entry: string): string =>
    a === DICTS
      ? `for call in ${delta}.get("tool_calls") or []:
    ${entry} = ${calls}.setdefault(call.get("index", 0), {"name": "", "arguments": ""})
    function = call.get("function") or {}
    ${entry}["name"] += function.get("name") or ""
    ${entry}["arguments"] += function.get("arguments") or ""`
      : `for call in ${delta}.tool_calls or []:
    ${entry} = ${calls}.setdefault(call.index, {"name": "", "arguments": ""})
    if call.function:
        ${entry}["name"] += call.function.name or ""
        ${entry}["arguments"] += call.function.arguments or ""`;
  const printCollected = (calls: string): string => `for entry in ${calls}.values():
    print(f"tool call: {entry['name']}({entry['arguments']})")`;
  const deltaOf = (choice: string): string =>
    a === DICTS ? `${choice}.get("delta") or {}` : `${choice}.delta`;
  const skipEmpty = `if not ${a === DICTS ? 'chunk.get("choices")' : 'chunk.choices'}:
    continue  # e.g. a usage-only chunk`;

  if (!shape.multi) {
    if (shape.complete) {
      return {
        before: '',
        perChunk: `${skipEmpty}
text = ${a.get(a.at('chunk', 'choices') + '[0]', 'text')}
if text:
    print(text, end="", flush=True)`,
        after: 'print()',
      };
    }
    return {
      before: shape.tools ? 'tool_calls = {}' : '',
      perChunk: `${skipEmpty}
delta = ${deltaOf(`${a.at('chunk', 'choices')}[0]`)}
if ${a.get('delta', 'content')}:
    print(${a.at('delta', 'content')}, end="", flush=True)${
      shape.tools ? `\n${collectToolCalls('delta', 'tool_calls', 'entry')}` : ''
    }`,
      after: `print()${shape.tools ? `\n${printCollected('tool_calls')}` : ''}`,
    };
  }

  const index = a === DICTS ? 'choice.get("index", 0)' : 'choice.index';
  const piece = shape.complete ? a.get('choice', 'text') : a.get('delta', 'content');
  const perChoice = `entry = choices.setdefault(${index}, {"text": ""${shape.tools ? ', "tool_calls": {}' : ''}})${
    shape.complete ? '' : `\ndelta = ${deltaOf('choice')}`
  }
entry["text"] += ${piece} or ""${
    shape.tools ? `\n${collectToolCalls('delta', 'entry["tool_calls"]', 'tool_call')}` : ''
  }`;
  return {
    before: `# With n > 1 the choices' pieces arrive interleaved: collect them by index.
choices = {}`,
    perChunk: `for choice in ${a.chunkChoices}:  # none in a usage-only chunk
${indent(perChoice, '    ')}`,
    after: `for index, entry in sorted(choices.items()):
    print(f"Choice {index + 1}:")
    print(entry["text"])${
      shape.tools
        ? `\n    for call in entry["tool_calls"].values():
        print(f"tool call: {call['name']}({call['arguments']})")`
        : ''
    }`,
  };
}

/** Python 3 with `requests`: the same URL, headers and JSON body as the playground. */
export function pythonHttpCode(req: PreparedRequest): string {
  const body = bodyOf(req);
  const shape = answerShape(req.mode, body);
  const setup = `${readKey(req.auth.envVar)}

url = ${quoted(req.url)}
headers = ${headersLiteral(req)}
body = ${pythonLiteral(body)}
`;

  if (!req.stream) {
    return `import os
import sys

import requests

${setup}
response = requests.post(url, headers=headers, json=body)
${HTTP_ERROR}

${printAnswer(shape, DICTS, 'response.json()["choices"]')}
`;
  }

  const { before, perChunk, after } = streamParts(shape, DICTS);
  return `import json
import os
import sys

import requests

${setup}${before ? `\n${before}` : ''}
with requests.post(url, headers=headers, json=body, stream=True) as response:
${indent(HTTP_ERROR, '    ')}
    # Server-sent events: "data: {json}" lines, ending with "data: [DONE]".
    for line in response.iter_lines():
        if not line.startswith(b"data:"):
            continue  # blank lines, ": comments" and other SSE fields
        data = line[5:].strip()
        if data == b"[DONE]":
            break
        chunk = json.loads(data)
        if chunk.get("error"):
            sys.exit(f"Stream error: {json.dumps(chunk['error'])}")
${indent(perChunk, '        ')}
${after}
`;
}

/** Python 3 with the `openai` package pointed at an OpenAI-compatible base URL. */
export function pythonSdkCode(req: PreparedRequest, baseUrl: string): string {
  const body = bodyOf(req);
  const shape = answerShape(req.mode, body);
  const kwargs = shape.complete ? COMPLETION_KWARGS : CHAT_KWARGS;
  const known: Record<string, Json> = {};
  const extra: Record<string, Json> = {};
  for (const [key, value] of Object.entries(body)) {
    if (kwargs.has(key)) known[key] = value;
    else extra[key] = value;
  }
  const headers = plainHeaders(req.headers, req.auth.header).filter(
    ([name]) => name.toLowerCase() !== 'content-type',
  );
  const clientOptions = [
    '    api_key=api_key,',
    `    base_url=${quoted(baseUrl)},`,
    ...(headers.length > 0
      ? [`    default_headers=${pythonLiteral(Object.fromEntries(headers), 2).trimStart()},`]
      : []),
  ];
  const hasExtra = Object.keys(extra).length > 0;
  const extraBlock = hasExtra
    ? `# Not keyword arguments of the openai package: it sends them through extra_body.
extra_body = ${pythonLiteral(extra)}
`
    : '';
  const endpoint = shape.complete ? 'client.completions' : 'client.chat.completions';
  const call = `${endpoint}.create(**body${hasExtra ? ', extra_body=extra_body' : ''})`;
  const head = `import os
import sys

from openai import OpenAI

${readKey(req.auth.envVar)}

client = OpenAI(
${clientOptions.join('\n')}
)
body = ${pythonLiteral(known)}
${extraBlock}`;

  if (!req.stream) {
    return `${head}
completion = ${call}
${printAnswer(shape, OBJECTS, 'completion.choices')}
`;
  }

  const { before, perChunk, after } = streamParts(shape, OBJECTS);
  return `${head}${before ? `\n${before}` : ''}
for chunk in ${call}:
${indent(perChunk, '    ')}
${after}
`;
}
