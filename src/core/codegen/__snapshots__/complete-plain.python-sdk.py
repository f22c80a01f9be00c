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
  "prompt": "Once upon a time",
  "max_tokens": 64,
  "temperature": 0.7,
  "best_of": 2,
  "stream": False,
}
# Not keyword arguments of the openai package: it sends them through extra_body.
extra_body = {
  "top_k": 40,
}

completion = client.completions.create(**body, extra_body=extra_body)
print(completion.choices[0].text)
