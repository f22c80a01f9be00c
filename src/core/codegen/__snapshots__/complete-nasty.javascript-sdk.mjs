// Node 18+ with the openai package (npm install openai). Run: node request.mjs
import OpenAI from "openai";

const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  console.error("Set the OPENAI_API_KEY environment variable.");
  process.exit(1);
}

const client = new OpenAI({
  apiKey,
  baseURL: "https://api.openai.com/v1",
});

const completion = await client.completions.create({
  model: "gpt-3.5-turbo-instruct",
  prompt: "Prompt: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul \u003c/script>\u003c!-- \u2028 LS \u2029 PS end",
  suffix: "Suffix: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul \u003c/script>\u003c!-- \u2028 LS \u2029 PS end",
  stop: ["'''", "$HOME", "\u2028"],
  stream: false,
});
console.log(completion.choices[0].text);
