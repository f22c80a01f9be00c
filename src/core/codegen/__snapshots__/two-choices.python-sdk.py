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
  "stream": False,
}

completion = client.chat.completions.create(**body)
for i, choice in enumerate(completion.choices, 1):
    print(f"Choice {i}:")
    message = choice.message
    if message.content is not None:
        print(message.content)
