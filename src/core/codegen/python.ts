import type { PreparedRequest } from '../types';
import type { Json } from './literals';
import { envVarName, plainHeaders, pythonLiteral, quoted, toJson } from './literals';

/**
 * Keyword arguments of the openai package's `chat.completions.create`. Other
 * body fields (top_k, thinking, …) would be a TypeError there, so they go
 * through `extra_body`, which the package merges into the JSON it posts.
 */
const OPENAI_PYTHON_KWARGS = new Set([
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

function bodyOf(req: PreparedRequest): Record<string, Json> {
  const body = toJson(req.body);
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
}

function hasTools(body: Record<string, Json>): boolean {
  return Array.isArray(body.tools) && body.tools.length > 0;
}

/** `os.environ["VAR"]`, with the header's prefix ("Bearer ") in front when there is one. */
function keyExpression(auth: PreparedRequest['auth']): string {
  const env = `os.environ[${quoted(envVarName(auth.envVar))}]`;
  return auth.prefix ? `${quoted(auth.prefix)} + ${env}` : env;
}

function headersLiteral(req: PreparedRequest): string {
  const lines = [
    ...plainHeaders(req.headers, req.auth.header).map(
      ([name, value]) => `  ${quoted(name)}: ${quoted(value)},`,
    ),
    `  ${quoted(req.auth.header)}: ${keyExpression(req.auth)},`,
  ];
  return `{\n${lines.join('\n')}\n}`;
}

const HTTP_ERROR = `try:
    response.raise_for_status()
except requests.HTTPError:
    sys.exit(f"HTTP {response.status_code}: {response.text}")`;

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** Python 3 with `requests`: the same URL, headers and JSON body as the playground. */
export function pythonHttpCode(req: PreparedRequest): string {
  const body = bodyOf(req);
  const tools = hasTools(body);
  const setup = `url = ${quoted(req.url)}
headers = ${headersLiteral(req)}
body = ${pythonLiteral(body)}
`;

  if (!req.stream) {
    const toolCalls = tools
      ? `
for call in message.get("tool_calls") or []:
    print(f"tool call: {call['function']['name']}({call['function']['arguments']})")`
      : '';
    return `import os
import sys

import requests

${setup}
response = requests.post(url, headers=headers, json=body)
${HTTP_ERROR}

message = response.json()["choices"][0]["message"]
if message.get("content") is not None:
    print(message["content"])${toolCalls}
`;
  }

  const collectToolCalls = tools
    ? `
        for call in delta.get("tool_calls") or []:
            entry = tool_calls.setdefault(call.get("index", 0), {"name": "", "arguments": ""})
            function = call.get("function") or {}
            entry["name"] += function.get("name") or ""
            entry["arguments"] += function.get("arguments") or ""`
    : '';
  const printToolCalls = tools
    ? `
for entry in tool_calls.values():
    print(f"tool call: {entry['name']}({entry['arguments']})")`
    : '';
  return `import json
import os
import sys

import requests

${setup}${tools ? '\ntool_calls = {}' : ''}
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
        if not chunk.get("choices"):
            continue  # e.g. a usage-only chunk
        delta = chunk["choices"][0].get("delta") or {}
        if delta.get("content"):
            print(delta["content"], end="", flush=True)${collectToolCalls}
print()${printToolCalls}
`;
}

/** Python 3 with the `openai` package pointed at an OpenAI-compatible base URL. */
export function pythonSdkCode(req: PreparedRequest, baseUrl: string): string {
  const body = bodyOf(req);
  const tools = hasTools(body);
  const known: Record<string, Json> = {};
  const extra: Record<string, Json> = {};
  for (const [key, value] of Object.entries(body)) {
    if (OPENAI_PYTHON_KWARGS.has(key)) known[key] = value;
    else extra[key] = value;
  }
  const headers = plainHeaders(req.headers, req.auth.header).filter(
    ([name]) => name.toLowerCase() !== 'content-type',
  );
  const clientOptions = [
    `    api_key=os.environ[${quoted(envVarName(req.auth.envVar))}],`,
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
  const call = `client.chat.completions.create(**body${hasExtra ? ', extra_body=extra_body' : ''})`;
  const head = `import os

from openai import OpenAI

client = OpenAI(
${clientOptions.join('\n')}
)
body = ${pythonLiteral(known)}
${extraBlock}`;

  if (!req.stream) {
    const toolCalls = tools
      ? `
for call in message.tool_calls or []:
    print(f"tool call: {call.function.name}({call.function.arguments})")`
      : '';
    return `${head}
completion = ${call}
message = completion.choices[0].message
if message.content is not None:
    print(message.content)${toolCalls}
`;
  }

  const collectToolCalls = tools
    ? `
    for call in delta.tool_calls or []:
        entry = tool_calls.setdefault(call.index, {"name": "", "arguments": ""})
        if call.function:
            entry["name"] += call.function.name or ""
            entry["arguments"] += call.function.arguments or ""`
    : '';
  const printToolCalls = tools
    ? `
for entry in tool_calls.values():
    print(f"tool call: {entry['name']}({entry['arguments']})")`
    : '';
  return `${head}${tools ? '\ntool_calls = {}' : ''}
for chunk in ${call}:
    if not chunk.choices:
        continue  # e.g. a usage-only chunk
    delta = chunk.choices[0].delta
    if delta.content:
        print(delta.content, end="", flush=True)${collectToolCalls}
print()${printToolCalls}
`;
}
