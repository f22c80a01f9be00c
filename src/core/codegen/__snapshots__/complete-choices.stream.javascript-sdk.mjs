// Node 18+ with the openai package (npm install openai). Run: node request.mjs
import OpenAI from "openai";

const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  console.error("Set the OPENAI_API_KEY environment variable.");
  process.exit(1);
}

const client = new OpenAI({
  apiKey,
  baseURL: "https://api.openai.com/v1",
});

const stream = await client.completions.create({
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
});
// With n > 1 the choices' pieces arrive interleaved: collect them by index.
const choices = new Map();
for await (const chunk of stream) {
  for (const choice of chunk.choices) { // usage-only chunks have none
    if (!choices.has(choice.index)) choices.set(choice.index, { text: "" });
    const entry = choices.get(choice.index);
    entry.text += choice.text ?? "";
  }
}
for (const [index, entry] of [...choices].sort(([a], [b]) => a - b)) {
  console.log(`Choice ${index + 1}:`);
  console.log(entry.text);
}
