# Reads the key from SIPPULSE_API_KEY.
curl -X POST 'https://api.sippulse.ai/v1/llms/completion' \
  -H 'Content-Type: application/json' \
  -H "api-key: $SIPPULSE_API_KEY" \
  --fail-with-body \
  --data-raw '{
  "model": "gpt-4o-mini",
  "messages": [
    {
      "role": "system",
      "content": "System: It'\''s \"quoted\" and '\''single'\'' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! '\'' '\'''\'' '\'''\'''\'' \"\"\" \\'\''\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end"
    },
    {
      "role": "user",
      "content": "First: It'\''s \"quoted\" and '\''single'\'' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! '\'' '\'''\'' '\'''\'''\'' \"\"\" \\'\''\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end"
    },
    {
      "role": "assistant",
      "content": "Echo: It'\''s \"quoted\" and '\''single'\'' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! '\'' '\'''\'' '\'''\'''\'' \"\"\" \\'\''\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end"
    },
    {
      "role": "user",
      "content": "It'\''s \"quoted\" and '\''single'\'' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! '\'' '\'''\'' '\'''\'''\'' \"\"\" \\'\''\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end"
    }
  ],
  "stop": [
    "'\'''\'''\''",
    "\"\"\"",
    "`",
    "$HOME",
    "\u2028"
  ],
  "stream": false
}'
