import type { PreparedRequest } from '../types';
import type { AnswerShape } from './literals';
import {
  answerShape,
  envVarName,
  indent,
  jsLiteral,
  jsString,
  plainHeaders,
  toJson,
} from './literals';

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

const PRINT_TOOL_CALLS = `for (const call of message.tool_calls ?? []) {
  console.log(\`tool call: \${call.function.name}(\${call.function.arguments})\`);
}`;

/** Prints a whole (non-streamed) answer whose choices are in `choices`. */
function printAnswer(shape: AnswerShape, choices: string): string {
  const message = (source: string): string =>
    `const message = ${source}.message;
if (message.content != null) console.log(message.content);${shape.tools ? `\n${PRINT_TOOL_CALLS}` : ''}`;
  if (!shape.multi) {
    return shape.complete ? `console.log(${choices}[0].text);` : message(`${choices}[0]`);
  }
  const one = shape.complete ? 'console.log(choice.text);' : message('choice');
  return `for (const [i, choice] of ${choices}.entries()) {
  console.log(\`Choice \${i + 1}:\`);
${indent(one, '  ')}
}`;
}

/**
 * The pieces of a streamed answer: the declarations before the loop, the
 * statements for one parsed `chunk`, and what to print after the stream.
 * `choicesOf` is the chunk's choices as the runtime gives them (a raw JSON
 * chunk may lack `choices`; the SDK's typed chunk always has it).
 */
function streamParts(
  shape: AnswerShape,
  choicesOf: { first: string; all: string },
): { before: string; perChunk: string; after: string } {
  const collectToolCalls = (delta: string, map: string, entry: string): string =>
    `for (const call of ${delta}?.tool_calls ?? []) {
  if (!${map}.has(call.index)) ${map}.set(call.index, { name: "", arguments: "" });
  const ${entry} = ${map}.get(call.index);
  ${entry}.name += call.function?.name ?? "";
  ${entry}.arguments += call.function?.arguments ?? "";
}`;
  const printToolCalls = (map: string): string =>
    `for (const { name, arguments: args } of ${map}.values()) {
  console.log(\`tool call: \${name}(\${args})\`);
}`;

  if (!shape.multi) {
    if (shape.complete) {
      return {
        before: '',
        perChunk: `const text = ${choicesOf.first}?.text; // usage-only chunks have no choices
if (text) process.stdout.write(text);`,
        after: 'process.stdout.write("\\n");',
      };
    }
    return {
      before: shape.tools ? 'const toolCalls = new Map();' : '',
      perChunk: `const delta = ${choicesOf.first}?.delta; // usage-only chunks have no choices
if (delta?.content) process.stdout.write(delta.content);${
        shape.tools ? `\n${collectToolCalls('delta', 'toolCalls', 'entry')}` : ''
      }`,
      after: `process.stdout.write("\\n");${shape.tools ? `\n${printToolCalls('toolCalls')}` : ''}`,
    };
  }

  const piece = shape.complete ? 'choice.text' : 'choice.delta?.content';
  const perChoice = `if (!choices.has(choice.index)) choices.set(choice.index, { text: ""${
    shape.tools ? ', toolCalls: new Map()' : ''
  } });
const entry = choices.get(choice.index);
entry.text += ${piece} ?? "";${
    shape.tools ? `\n${collectToolCalls('choice.delta', 'entry.toolCalls', 'toolCall')}` : ''
  }`;
  return {
    before: `// With n > 1 the choices' pieces arrive interleaved: collect them by index.
const choices = new Map();`,
    perChunk: `for (const choice of ${choicesOf.all}) { // usage-only chunks have none
${indent(perChoice, '  ')}
}`,
    after: `for (const [index, entry] of [...choices].sort(([a], [b]) => a - b)) {
  console.log(\`Choice \${index + 1}:\`);
  console.log(entry.text);${shape.tools ? `\n${indent(printToolCalls('entry.toolCalls'), '  ')}` : ''}
}`,
  };
}

/** Node 18+ ES module, no dependencies: `fetch` with the playground's URL, headers and body. */
export function javascriptHttpCode(req: PreparedRequest): string {
  const body = toJson(req.body);
  const shape = answerShape(req.mode, body);
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
    return `${head}
const { choices } = await response.json();
${printAnswer(shape, 'choices')}
`;
  }

  const { before, perChunk, after } = streamParts(shape, {
    first: 'chunk.choices?.[0]',
    all: 'chunk.choices ?? []',
  });
  return `${head}
// Server-sent events: "data: {json}" lines, ending with "data: [DONE]".
const reader = response.body.getReader();
const decoder = new TextDecoder();${before ? `\n${before}` : ''}
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
${indent(perChunk, '    ')}
  }
}
await reader.cancel();
${after}
`;
}

/** Node 18+ ES module with the `openai` npm package pointed at an OpenAI-compatible base URL. */
export function javascriptSdkCode(req: PreparedRequest, baseUrl: string): string {
  const body = toJson(req.body);
  const shape = answerShape(req.mode, body);
  const env = envVarName(req.auth.envVar);
  const headers = plainHeaders(req.headers, req.auth.header).filter(
    ([name]) => name.toLowerCase() !== 'content-type',
  );
  const clientOptions = [
    '  apiKey,',
    `  baseURL: ${jsString(baseUrl)},`,
    ...(headers.length > 0
      ? [`  defaultHeaders: ${jsLiteral(Object.fromEntries(headers), 1)},`]
      : []),
  ];
  // An undefined apiKey makes the package use OPENAI_API_KEY, which would
  // send an OpenAI key to another provider's URL: the snippet checks first.
  const fallbackNote =
    env === 'OPENAI_API_KEY'
      ? ''
      : `// Checked here: left undefined, the openai package would send OPENAI_API_KEY instead.\n`;
  const head = `// Node 18+ with the openai package (npm install openai). Run: node request.mjs
import OpenAI from "openai";

${fallbackNote}${readKey(env)}

const client = new OpenAI({
${clientOptions.join('\n')}
});
`;
  const endpoint = shape.complete ? 'client.completions' : 'client.chat.completions';
  const call = `await ${endpoint}.create(${jsLiteral(body)})`;

  if (!req.stream) {
    return `${head}
const completion = ${call};
${printAnswer(shape, 'completion.choices')}
`;
  }

  const { before, perChunk, after } = streamParts(shape, {
    first: 'chunk.choices[0]',
    all: 'chunk.choices',
  });
  return `${head}
const stream = ${call};
${before ? `${before}\n` : ''}for await (const chunk of stream) {
${indent(perChunk, '  ')}
}
${after}
`;
}
