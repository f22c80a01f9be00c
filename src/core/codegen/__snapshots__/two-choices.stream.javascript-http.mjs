// Node 18+, no dependencies. Run: node request.mjs
const url = "https://api.sippulse.ai/v1/llms/completion";
const apiKey = process.env.SIPPULSE_API_KEY;
if (!apiKey) {
  console.error("Set the SIPPULSE_API_KEY environment variable.");
  process.exit(1);
}

const body = {
  model: "gpt-4o-mini",
  messages: [
    {
      role: "system",
      content: "Be brief.",
    },
    {
      role: "user",
      content: "Name a colour.",
    },
  ],
  n: 2,
  temperature: 1,
  stream: true,
};

const response = await fetch(url, {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "api-key": apiKey,
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
      entry.text += choice.delta?.content ?? "";
    }
  }
}
await reader.cancel();
for (const [index, entry] of [...choices].sort(([a], [b]) => a - b)) {
  console.log(`Choice ${index + 1}:`);
  console.log(entry.text);
}
