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
  "model": "gpt-4o-mini",
  "messages": [
    {
      "role": "system",
      "content": "You are a helpful assistant.",
    },
    {
      "role": "user",
      "content": "Hi!",
    },
    {
      "role": "assistant",
      "content": "Hello! How can I help?",
    },
    {
      "role": "user",
      "content": "Count to five, please.",
    },
  ],
  "temperature": 0.2,
  "stream": True,
}

for chunk in client.chat.completions.create(**body):
    if not chunk.choices:
        continue  # e.g. a usage-only chunk
    delta = chunk.choices[0].delta
    if delta.content:
        print(delta.content, end="", flush=True)
print()
