import type { PreparedRequest } from '../types';
import type { Json } from './literals';
import { envVarName, jsLiteral, jsString, plainHeaders, toJson } from './literals';

function hasTools(body: Json): boolean {
  return (
    body !== null &&
    typeof body === 'object' &&
    !Array.isArray(body) &&
    Array.isArray(body.tools) &&
    body.tools.length > 0
  );
}

/** `process.env.VAR`, checked, because fetch would happily send "undefined". */
function readKey(envVar: string): string {
  const env = envVarName(envVar);
  return `const apiKey = process.env.${env};
if (!apiKey) {
  console.error("Set the ${env} environment variable.");
  process.exit(1);
}`;
}

function headersLiteral(req: PreparedRequest): string {
  const key = req.auth.prefix ? `${jsString(req.auth.prefix)} + apiKey` : 'apiKey';
  const lines = [
    ...plainHeaders(req.headers, req.auth.header).map(
      ([name, value]) => `    ${jsString(name)}: ${jsString(value)},`,
    ),
    `    ${jsString(req.auth.header)}: ${key},`,
  ];
  return `{\n${lines.join('\n')}\n  }`;
}

/** Node 18+ ES module, no dependencies: `fetch` with the playground's URL, headers and body. */
export function javascriptHttpCode(req: PreparedRequest): string {
  const body = toJson(req.body);
  const tools = hasTools(body);
  const head = `// Node 18+, no dependencies. Run: node request.mjs
const url = ${jsString(req.url)};
${readKey(req.auth.envVar)}

const body = ${jsLiteral(body)};

const response = await fetch(url, {
  method: ${jsString(req.method)},
  headers: ${headersLiteral(req)},
  body: JSON.stringify(body),
});
if (!response.ok) {
  console.error(\`HTTP \${response.status}: \${await response.text()}\`);
  process.exit(1);
}
`;

  if (!req.stream) {
    const toolCalls = tools
      ? `
for (const call of message.tool_calls ?? []) {
  console.log(\`tool call: \${call.function.name}(\${call.function.arguments})\`);
}`
      : '';
    return `${head}
const { choices } = await response.json();
const message = choices[0].message;
if (message.content != null) console.log(message.content);${toolCalls}
`;
  }

  const collectToolCalls = tools
    ? `
    for (const call of delta?.tool_calls ?? []) {
      if (!toolCalls.has(call.index)) toolCalls.set(call.index, { name: "", arguments: "" });
      const entry = toolCalls.get(call.index);
      entry.name += call.function?.name ?? "";
      entry.arguments += call.function?.arguments ?? "";
    }`
    : '';
  const printToolCalls = tools
    ? `
for (const { name, arguments: args } of toolCalls.values()) {
  console.log(\`tool call: \${name}(\${args})\`);
}`
    : '';
  return `${head}
// Server-sent events: "data: {json}" lines, ending with "data: [DONE]".
const reader = response.body.getReader();
const decoder = new TextDecoder();${tools ? '\nconst toolCalls = new Map();' : ''}
let buffer = "";
let finished = false;
while (!finished) {
  const { value, done } = await reader.read();
  finished = done;
  buffer += decoder.decode(value, { stream: !done });
  const lines = buffer.split(/\\r\\n|\\r|\\n/);
  buffer = done ? "" : lines.pop();
  for (const line of lines) {
    if (!line.startsWith("data:")) continue; // blank lines, ": comments" and other SSE fields
    const data = line.slice(5).trim();
    if (data === "[DONE]") {
      finished = true;
      break;
    }
    const chunk = JSON.parse(data);
    if (chunk.error) {
      console.error(\`Stream error: \${JSON.stringify(chunk.error)}\`);
      process.exit(1);
    }
    const delta = chunk.choices?.[0]?.delta; // usage-only chunks have no choices
    if (delta?.content) process.stdout.write(delta.content);${collectToolCalls}
  }
}
await reader.cancel();
process.stdout.write("\\n");${printToolCalls}
`;
}

/** Node 18+ ES module with the `openai` npm package pointed at an OpenAI-compatible base URL. */
export function javascriptSdkCode(req: PreparedRequest, baseUrl: string): string {
  const body = toJson(req.body);
  const tools = hasTools(body);
  const headers = plainHeaders(req.headers, req.auth.header).filter(
    ([name]) => name.toLowerCase() !== 'content-type',
  );
  const clientOptions = [
    `  apiKey: process.env.${envVarName(req.auth.envVar)},`,
    `  baseURL: ${jsString(baseUrl)},`,
    ...(headers.length > 0
      ? [`  defaultHeaders: ${jsLiteral(Object.fromEntries(headers), 1)},`]
      : []),
  ];
  const head = `// Node 18+ with the openai package (npm install openai). Run: node request.mjs
import OpenAI from "openai";

const client = new OpenAI({
${clientOptions.join('\n')}
});
`;
  const call = `await client.chat.completions.create(${jsLiteral(body)})`;

  if (!req.stream) {
    const toolCalls = tools
      ? `
for (const call of message.tool_calls ?? []) {
  console.log(\`tool call: \${call.function.name}(\${call.function.arguments})\`);
}`
      : '';
    return `${head}
const completion = ${call};
const message = completion.choices[0].message;
if (message.content != null) console.log(message.content);${toolCalls}
`;
  }

  const collectToolCalls = tools
    ? `
  for (const call of delta?.tool_calls ?? []) {
    if (!toolCalls.has(call.index)) toolCalls.set(call.index, { name: "", arguments: "" });
    const entry = toolCalls.get(call.index);
    entry.name += call.function?.name ?? "";
    entry.arguments += call.function?.arguments ?? "";
  }`
    : '';
  const printToolCalls = tools
    ? `
for (const { name, arguments: args } of toolCalls.values()) {
  console.log(\`tool call: \${name}(\${args})\`);
}`
    : '';
  return `${head}
const stream = ${call};
${tools ? 'const toolCalls = new Map();\n' : ''}for await (const chunk of stream) {
  const delta = chunk.choices[0]?.delta; // usage-only chunks have no choices
  if (delta?.content) process.stdout.write(delta.content);${collectToolCalls}
}
process.stdout.write("\\n");${printToolCalls}
`;
}
