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
  stream: true,
});
const toolCalls = new Map();
for await (const chunk of stream) {
  const delta = chunk.choices[0]?.delta; // usage-only chunks have no choices
  if (delta?.content) process.stdout.write(delta.content);
  for (const call of delta?.tool_calls ?? []) {
    if (!toolCalls.has(call.index)) toolCalls.set(call.index, { name: "", arguments: "" });
    const entry = toolCalls.get(call.index);
    entry.name += call.function?.name ?? "";
    entry.arguments += call.function?.arguments ?? "";
  }
}
process.stdout.write("\n");
for (const { name, arguments: args } of toolCalls.values()) {
  console.log(`tool call: ${name}(${args})`);
}
