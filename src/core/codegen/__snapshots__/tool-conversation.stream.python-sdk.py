import os
import sys

from openai import OpenAI

api_key = os.environ.get("SIPPULSE_API_KEY")
if not api_key:
    sys.exit("Set the SIPPULSE_API_KEY environment variable.")

client = OpenAI(
    api_key=api_key,
    base_url="https://api.sippulse.ai/v1/openai",
)
body = {
  "model": "gpt-4o",
  "messages": [
    {
      "role": "system",
      "content": "You can look up the weather.",
    },
    {
      "role": "user",
      "content": "What's the weather forecast in New York?",
    },
    {
      "role": "assistant",
      "content": None,
      "tool_calls": [
        {
          "id": "call_abc123",
          "type": "function",
          "function": {
            "name": "get_weather",
            "arguments": "{\"city\": \"New York\"}",
          },
        },
      ],
    },
    {
      "role": "tool",
      "tool_call_id": "call_abc123",
      "content": "{\"temperature\": 72, \"condition\": \"sunny\", \"humidity\": 45}",
    },
  ],
  "tools": [
    {
      "type": "function",
      "function": {
        "name": "get_weather",
        "description": "Gets the weather forecast for a city",
        "parameters": {
          "type": "object",
          "properties": {
            "city": {
              "type": "string",
              "description": "City name",
            },
          },
          "required": ["city"],
        },
      },
    },
  ],
  "tool_choice": "auto",
  "stream": True,
}

tool_calls = {}
for chunk in client.chat.completions.create(**body):
    if not chunk.choices:
        continue  # e.g. a usage-only chunk
    delta = chunk.choices[0].delta
    if delta.content:
        print(delta.content, end="", flush=True)
    for call in delta.tool_calls or []:
        entry = tool_calls.setdefault(call.index, {"name": "", "arguments": ""})
        if call.function:
            entry["name"] += call.function.name or ""
            entry["arguments"] += call.function.arguments or ""
print()
for entry in tool_calls.values():
    print(f"tool call: {entry['name']}({entry['arguments']})")
