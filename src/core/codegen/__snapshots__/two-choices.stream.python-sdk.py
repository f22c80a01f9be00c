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
      "content": "Be brief.",
    },
    {
      "role": "user",
      "content": "Name a colour.",
    },
  ],
  "n": 2,
  "temperature": 1,
  "stream": True,
}

# With n > 1 the choices' pieces arrive interleaved: collect them by index.
choices = {}
for chunk in client.chat.completions.create(**body):
    for choice in chunk.choices:  # none in a usage-only chunk
        entry = choices.setdefault(choice.index, {"text": ""})
        delta = choice.delta
        entry["text"] += delta.content or ""
for index, entry in sorted(choices.items()):
    print(f"Choice {index + 1}:")
    print(entry["text"])
