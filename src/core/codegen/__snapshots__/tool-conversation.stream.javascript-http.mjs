// Node 18+, no dependencies. Run: node request.mjs
const url = "https://api.sippulse.ai/v1/llms/completion";
const apiKey = process.env.SIPPULSE_API_KEY;
if (!apiKey) {
  console.error("Set the SIPPULSE_API_KEY environment variable.");
  process.exit(1);
}

const body = {
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
};

const response = await fetch(url, {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "api-key": apiKey,
  },
  body: JSON.stringify(body),
});
if (!response.ok) {
  console.error(`HTTP ${response.status}: ${await response.text()}`);
  process.exit(1);
}

// Server-sent events: "data: {json}" lines, ending with "data: [DONE]".
const reader = response.body.getReader();
const decoder = new TextDecoder();
const toolCalls = new Map();
let buffer = "";
let finished = false;
while (!finished) {
  const { value, done } = await reader.read();
  finished = done;
  buffer += decoder.decode(value, { stream: !done });
  const lines = buffer.split(/\r\n|\r|\n/);
  buffer = done ? "" : lines.pop();
  for (const line of lines) {
    if (!line.startsWith("data:")) continue; // blank lines, ": comments" and other SSE fields
    const data = line.slice(5).trim();
    if (data === "[DONE]") {
      finished = true;
      break;
    }
    const chunk = JSON.parse(data);
    if (chunk.error) {
      console.error(`Stream error: ${JSON.stringify(chunk.error)}`);
      process.exit(1);
    }
    const delta = chunk.choices?.[0]?.delta; // usage-only chunks have no choices
    if (delta?.content) process.stdout.write(delta.content);
    for (const call of delta?.tool_calls ?? []) {
      if (!toolCalls.has(call.index)) toolCalls.set(call.index, { name: "", arguments: "" });
      const entry = toolCalls.get(call.index);
      entry.name += call.function?.name ?? "";
      entry.arguments += call.function?.arguments ?? "";
    }
  }
}
await reader.cancel();
process.stdout.write("\n");
for (const { name, arguments: args } of toolCalls.values()) {
  console.log(`tool call: ${name}(${args})`);
}
