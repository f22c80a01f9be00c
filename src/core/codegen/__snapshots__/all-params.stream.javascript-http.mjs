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
