// Node 18+ with the openai package (npm install openai). Run: node request.mjs
import OpenAI from "openai";

// Checked here: left undefined, the openai package would send OPENAI_API_KEY instead.
const apiKey = process.env.SIPPULSE_API_KEY;
if (!apiKey) {
  console.error("Set the SIPPULSE_API_KEY environment variable.");
  process.exit(1);
}

const client = new OpenAI({
  apiKey,
  baseURL: "https://api.sippulse.ai/v1/openai",
});

const stream = await client.chat.completions.create({
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
});
// With n > 1 the choices' pieces arrive interleaved: collect them by index.
const choices = new Map();
for await (const chunk of stream) {
  for (const choice of chunk.choices) { // usage-only chunks have none
    if (!choices.has(choice.index)) choices.set(choice.index, { text: "" });
    const entry = choices.get(choice.index);
    entry.text += choice.delta?.content ?? "";
  }
}
for (const [index, entry] of [...choices].sort(([a], [b]) => a - b)) {
  console.log(`Choice ${index + 1}:`);
  console.log(entry.text);
}
