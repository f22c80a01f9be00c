// Node 18+, no dependencies. Run: node request.mjs
const url = "https://api.sippulse.ai/v1/llms/completion";
const apiKey = process.env.SIPPULSE_API_KEY;
if (!apiKey) {
  console.error("Set the SIPPULSE_API_KEY environment variable.");
  process.exit(1);
}

const body = {
  model: "gpt-4o-mini",
  messages: [
    {
      role: "system",
      content: "System: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul \u003c/script>\u003c!-- \u2028 LS \u2029 PS end",
    },
    {
      role: "user",
      content: "First: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul \u003c/script>\u003c!-- \u2028 LS \u2029 PS end",
    },
    {
      role: "assistant",
      content: "Echo: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul \u003c/script>\u003c!-- \u2028 LS \u2029 PS end",
    },
    {
      role: "user",
      content: "It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul \u003c/script>\u003c!-- \u2028 LS \u2029 PS end",
    },
  ],
  stop: ["'''", "\"\"\"", "`", "$HOME", "\u2028"],
  stream: false,
};

const response = await fetch(url, {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "api-key": apiKey,
  },
  body: JSON.stringify(body),
});
if (!response.ok) {
  console.error(`HTTP ${response.status}: ${await response.text()}`);
  process.exit(1);
}

const { choices } = await response.json();
const message = choices[0].message;
if (message.content != null) console.log(message.content);
