// Node 18+ with the openai package (npm install openai). Run: node request.mjs
import OpenAI from "openai";

// Checked here: left undefined, the openai package would send OPENAI_API_KEY instead.
const apiKey = process.env.SIPPULSE_API_KEY;
if (!apiKey) {
  console.error("Set the SIPPULSE_API_KEY environment variable.");
  process.exit(1);
}

const client = new OpenAI({
  apiKey,
  baseURL: "https://api.sippulse.ai/v1/openai",
});

const completion = await client.chat.completions.create({
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
});
const message = completion.choices[0].message;
if (message.content != null) console.log(message.content);
