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
      "content": "Answer in JSON.",
    },
    {
      "role": "user",
      "content": [
        {
          "type": "text",
          "text": "What is in this picture?",
        },
        {
          "type": "image_url",
          "image_url": {
            "url": "https://example.com/cat.png",
            "detail": "low",
          },
        },
      ],
    },
  ],
  "temperature": 0.7,
  "top_p": 0.9,
  "max_tokens": 1024,
  "frequency_penalty": 0.5,
  "presence_penalty": -0.25,
  "seed": 42,
  "stop": ["END", "\n\n"],
  "reasoning_effort": "low",
  "response_format": {
    "type": "json_schema",
    "json_schema": {
      "name": "answer",
      "strict": True,
      "schema": {
        "type": "object",
        "properties": {
          "answer": {
            "type": "string",
          },
          "confidence": {
            "type": "number",
          },
        },
        "required": ["answer", "confidence"],
        "additionalProperties": False,
      },
    },
  },
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
  "tool_choice": {
    "type": "function",
    "function": {
      "name": "get_weather",
    },
  },
  "parallel_tool_calls": False,
  "stream": True,
}
# Not keyword arguments of the openai package: it sends them through extra_body.
extra_body = {
  "top_k": 40,
}

tool_calls = {}
for chunk in client.chat.completions.create(**body, extra_body=extra_body):
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
