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
  "stream": False,
}

completion = client.completions.create(**body)
for i, choice in enumerate(completion.choices, 1):
    print(f"Choice {i}:")
    print(choice.text)
