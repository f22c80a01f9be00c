// Node 18+, no dependencies. Run: node request.mjs
const url = "https://api.openai.com/v1/completions";
const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  console.error("Set the OPENAI_API_KEY environment variable.");
  process.exit(1);
}

const body = {
  model: "gpt-3.5-turbo-instruct",
  prompt: "A tagline for a bakery:",
  n: 2,
  echo: true,
  logprobs: 1,
  max_tokens: 16,
  seed: 7,
  stream: true,
  stream_options: {
    include_usage: true,
  },
};

const response = await fetch(url, {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "Authorization": "Bearer " + apiKey,
  },
  body: JSON.stringify(body),
});
if (!response.ok) {
  console.error(`HTTP ${response.status}: ${await response.text()}`);
  process.exit(1);
}

// Server-sent events: "data: {json}" lines, ending with "data: [DONE]".
const reader = response.body.getReader();
const decoder = new TextDecoder();
// With n > 1 the choices' pieces arrive interleaved: collect them by index.
const choices = new Map();
let buffer = "";
let finished = false;
while (!finished) {
  const { value, done } = await reader.read();
  finished = done;
  buffer += decoder.decode(value, { stream: !done });
  const lines = buffer.split(/\r\n|\r|\n/);
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
      console.error(`Stream error: ${JSON.stringify(chunk.error)}`);
      process.exit(1);
    }
    for (const choice of chunk.choices ?? []) { // usage-only chunks have none
      if (!choices.has(choice.index)) choices.set(choice.index, { text: "" });
      const entry = choices.get(choice.index);
      entry.text += choice.text ?? "";
    }
  }
}
await reader.cancel();
for (const [index, entry] of [...choices].sort(([a], [b]) => a - b)) {
  console.log(`Choice ${index + 1}:`);
  console.log(entry.text);
}
