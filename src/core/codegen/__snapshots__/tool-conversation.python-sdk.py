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
  "stream": False,
}

completion = client.chat.completions.create(**body)
message = completion.choices[0].message
if message.content is not None:
    print(message.content)
for call in message.tool_calls or []:
    print(f"tool call: {call.function.name}({call.function.arguments})")
