// View Code for the in-browser engine: a standalone ES module that runs the
// same request with wllama (llama.cpp in WebAssembly) in any web page. It
// passes wllama exactly the options the playground's engine passes, built by
// the same pure mapping (engines/inbrowser/runPlan), so the two agree.

import { inBrowserContextSize } from '../models/inBrowserCatalog';
import { planWllamaRun } from '../inbrowser/runPlan';
import type { PreparedRequest } from '../types';
import { jsLiteral, jsString, toJson } from './literals';

export const WLLAMA_VERSION = '3.8.1';
const CDN = `https://cdn.jsdelivr.net/npm/@wllama/wllama@${WLLAMA_VERSION}/esm`;
export const WLLAMA_MODULE_URL = `${CDN}/index.js`;
export const WLLAMA_WASM_URL = `${CDN}/wasm/wllama.wasm`;

/** Where the snippet gets the model's bytes; at most one of url / localPath / fileName. */
export interface WllamaCodeSource {
  /** An absolute URL (Hugging Face or the user's own). */
  url?: string;
  /** A file served by the playground's dev server, relative to the page (`models/x.gguf`). */
  localPath?: string;
  /** A file the user opened from disk: the snippet asks for it again. */
  fileName?: string;
  /** Whether the model has a chat template; without one chat is sent as plain text. */
  chatTemplate: boolean;
}

function loadOptions(nCtx: number, withProgress: boolean): string {
  const progress = withProgress
    ? `
  progressCallback: ({ loaded, total }) => {
    output.textContent = \`Downloading the model… \${Math.round((100 * loaded) / total)}%\`;
  },`
    : '';
  return `{
  n_ctx: ${nCtx},
  n_gpu_layers: 0, // CPU, as the playground runs it${progress}
}`;
}

function loadModel(model: string, source: WllamaCodeSource): string {
  const nCtx = inBrowserContextSize(model);
  if (source.url) {
    return `// Downloaded once, then loaded from the browser's cache (Origin Private File System).
await wllama.loadModelFromUrl(${jsString(source.url)}, ${loadOptions(nCtx, true)});`;
  }
  if (source.localPath) {
    return `// The playground served this file from its models/ folder: host it next to this page.
await wllama.loadModelFromUrl(new URL(${jsString(source.localPath)}, location.href).href, ${loadOptions(nCtx, true)});`;
  }
  const name = source.fileName ? ` (${source.fileName})` : '';
  return `// This model was opened from disk${name}: pick the .gguf file again.
const picker = document.body.appendChild(
  Object.assign(document.createElement("input"), { type: "file", accept: ".gguf" }),
);
const file = await new Promise((resolve) =>
  picker.addEventListener("change", () => resolve(picker.files[0]), { once: true }),
);
picker.remove();
await wllama.loadModel([file], ${loadOptions(nCtx, false)});`;
}

/**
 * The wllama program for `req` (provider 'inbrowser'). The body's `model` is
 * the playground's model id; `source` says where its file comes from.
 */
export function wllamaCode(req: PreparedRequest, source: WllamaCodeSource): string {
  const plan = planWllamaRun(req, { chatTemplate: source.chatTemplate });
  const model = typeof req.body.model === 'string' ? req.body.model : '';
  const method = plan.kind === 'chat' ? 'createChatCompletion' : 'createCompletion';
  const piece =
    plan.kind === 'chat'
      ? plan.stream
        ? 'chunk.choices[0]?.delta?.content ?? ""'
        : 'response.choices[0]?.message?.content ?? ""'
      : plan.stream
        ? 'chunk.choices[0]?.text ?? ""'
        : 'response.choices[0]?.text ?? ""';
  const note = plan.plainTextChat
    ? '// This model has no chat template: the conversation is sent as plain text to continue.\n'
    : '';
  const run = (indent: string) =>
    plan.stream
      ? `${indent}const stream = await wllama.${method}(options);
${indent}for await (const chunk of stream) output.textContent += ${piece};`
      : `${indent}const response = await wllama.${method}(options);
${indent}output.textContent += ${piece};`;
  const calls =
    plan.calls.length === 1
      ? `${note}const options = ${jsLiteral(toJson(plan.calls[0]))};
${run('')}`
      : `${note}// wllama generates one answer per call: n = ${plan.calls.length} means ${plan.calls.length} calls.
const requests = ${jsLiteral(toJson(plan.calls))};
for (const [choice, options] of requests.entries()) {
  output.textContent += \`\${choice === 0 ? "" : "\\n\\n"}--- choice \${choice} ---\\n\`;
${run('  ')}
}`;

  return `// Runs in a web page, no server and no key: llama.cpp compiled to WebAssembly.
// Load it as a module: <script type="module" src="request.mjs"></script>
import { Wllama } from ${jsString(WLLAMA_MODULE_URL)};

const wllama = new Wllama({ default: ${jsString(WLLAMA_WASM_URL)} });
const output = document.body.appendChild(document.createElement("pre"));

${loadModel(model, source)}
output.textContent = "";

${calls}
`;
}
