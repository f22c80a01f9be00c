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
      content: "You can look up the weather.",
    },
    {
      role: "user",
      content: "What's the weather forecast in New York?",
    },
    {
      role: "assistant",
      content: null,
      tool_calls: [
        {
          id: "call_abc123",
          type: "function",
          function: {
            name: "get_weather",
            arguments: "{\"city\": \"New York\"}",
          },
        },
      ],
    },
    {
      role: "tool",
      tool_call_id: "call_abc123",
      content: "{\"temperature\": 72, \"condition\": \"sunny\", \"humidity\": 45}",
    },
  ],
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
  tool_choice: "auto",
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
