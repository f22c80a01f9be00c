import os
import sys

import requests

api_key = os.environ.get("OPENAI_API_KEY")
if not api_key:
    sys.exit("Set the OPENAI_API_KEY environment variable.")

url = "https://api.openai.com/v1/completions"
headers = {
  "Content-Type": "application/json",
  "Authorization": "Bearer " + api_key,
}
body = {
  "model": "gpt-3.5-turbo-instruct",
  "prompt": "Prompt: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
  "suffix": "Suffix: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
  "stop": ["'''", "$HOME", "\u2028"],
  "stream": False,
}

response = requests.post(url, headers=headers, json=body)
try:
    response.raise_for_status()
except requests.HTTPError:
    sys.exit(f"HTTP {response.status_code}: {response.text}")

print(response.json()["choices"][0]["text"])
