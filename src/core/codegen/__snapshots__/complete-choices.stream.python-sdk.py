import os
import sys

from openai import OpenAI

api_key = os.environ.get("OPENAI_API_KEY")
if not api_key:
    sys.exit("Set the OPENAI_API_KEY environment variable.")

client = OpenAI(
    api_key=api_key,
    base_url="https://api.openai.com/v1",
)
body = {
  "model": "gpt-3.5-turbo-instruct",
  "prompt": "A tagline for a bakery:",
  "n": 2,
  "echo": True,
  "logprobs": 1,
  "max_tokens": 16,
  "seed": 7,
  "stream": True,
  "stream_options": {
    "include_usage": True,
  },
}

# With n > 1 the choices' pieces arrive interleaved: collect them by index.
choices = {}
for chunk in client.completions.create(**body):
    for choice in chunk.choices:  # none in a usage-only chunk
        entry = choices.setdefault(choice.index, {"text": ""})
        entry["text"] += choice.text or ""
for index, entry in sorted(choices.items()):
    print(f"Choice {index + 1}:")
    print(entry["text"])
