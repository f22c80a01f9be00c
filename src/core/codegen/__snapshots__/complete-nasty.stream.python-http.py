import json
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
  "stream": True,
  "stream_options": {
    "include_usage": True,
  },
}

with requests.post(url, headers=headers, json=body, stream=True) as response:
    try:
        response.raise_for_status()
    except requests.HTTPError:
        sys.exit(f"HTTP {response.status_code}: {response.text}")
    # Server-sent events: "data: {json}" lines, ending with "data: [DONE]".
    for line in response.iter_lines():
        if not line.startswith(b"data:"):
            continue  # blank lines, ": comments" and other SSE fields
        data = line[5:].strip()
        if data == b"[DONE]":
            break
        chunk = json.loads(data)
        if chunk.get("error"):
            sys.exit(f"Stream error: {json.dumps(chunk['error'])}")
        if not chunk.get("choices"):
            continue  # e.g. a usage-only chunk
        text = chunk["choices"][0].get("text")
        if text:
            print(text, end="", flush=True)
print()
