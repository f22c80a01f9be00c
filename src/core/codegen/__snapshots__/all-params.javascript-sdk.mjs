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
  model: "gpt-4o",
  messages: [
    {
      role: "system",
      content: "Answer in JSON.",
    },
    {
      role: "user",
      content: [
        {
          type: "text",
          text: "What is in this picture?",
        },
        {
          type: "image_url",
          image_url: {
            url: "https://example.com/cat.png",
            detail: "low",
          },
        },
      ],
    },
  ],
  temperature: 0.7,
  top_p: 0.9,
  top_k: 40,
  max_tokens: 1024,
  frequency_penalty: 0.5,
  presence_penalty: -0.25,
  seed: 42,
  stop: ["END", "\n\n"],
  reasoning_effort: "low",
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "answer",
      strict: true,
      schema: {
        type: "object",
        properties: {
          answer: {
            type: "string",
          },
          confidence: {
            type: "number",
          },
        },
        required: ["answer", "confidence"],
        additionalProperties: false,
      },
    },
  },
  tools: [
    {
      type: "function",
      function: {
        name: "get_weather",
        description: "Gets the weather forecast for a city",
        parameters: {
          type: "object",
          properties: {
            city: {
              type: "string",
              description: "City name",
            },
          },
          required: ["city"],
        },
      },
    },
  ],
  tool_choice: {
    type: "function",
    function: {
      name: "get_weather",
    },
  },
  parallel_tool_calls: false,
  stream: false,
});
const message = completion.choices[0].message;
if (message.content != null) console.log(message.content);
for (const call of message.tool_calls ?? []) {
  console.log(`tool call: ${call.function.name}(${call.function.arguments})`);
}
