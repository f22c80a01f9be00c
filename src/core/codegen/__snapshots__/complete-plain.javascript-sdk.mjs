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
  prompt: "Once upon a time",
  max_tokens: 64,
  temperature: 0.7,
  best_of: 2,
  top_k: 40,
  stream: false,
});
console.log(completion.choices[0].text);
