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
  stream: false,
});
const message = completion.choices[0].message;
if (message.content != null) console.log(message.content);
for (const call of message.tool_calls ?? []) {
  console.log(`tool call: ${call.function.name}(${call.function.arguments})`);
}
