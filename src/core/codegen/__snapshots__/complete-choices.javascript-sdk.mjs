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

const completion = await client.completions.create({
  model: "gpt-3.5-turbo-instruct",
  prompt: "A tagline for a bakery:",
  n: 2,
  echo: true,
  logprobs: 1,
  max_tokens: 16,
  seed: 7,
  stream: false,
});
for (const [i, choice] of completion.choices.entries()) {
  console.log(`Choice ${i + 1}:`);
  console.log(choice.text);
}
