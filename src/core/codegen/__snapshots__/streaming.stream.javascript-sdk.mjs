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
      content: "You are a helpful assistant.",
    },
    {
      role: "user",
      content: "Hi!",
    },
    {
      role: "assistant",
      content: "Hello! How can I help?",
    },
    {
      role: "user",
      content: "Count to five, please.",
    },
  ],
  temperature: 0.2,
  stream: true,
});
for await (const chunk of stream) {
  const delta = chunk.choices[0]?.delta; // usage-only chunks have no choices
  if (delta?.content) process.stdout.write(delta.content);
}
process.stdout.write("\n");
