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

const completion = await client.chat.completions.create({
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
  stream: false,
});
for (const [i, choice] of completion.choices.entries()) {
  console.log(`Choice ${i + 1}:`);
  const message = choice.message;
  if (message.content != null) console.log(message.content);
}
