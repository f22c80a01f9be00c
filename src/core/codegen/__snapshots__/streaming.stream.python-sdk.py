import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["SIPPULSE_API_KEY"],
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
