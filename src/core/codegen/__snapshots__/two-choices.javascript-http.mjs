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
      content: "Be brief.",
    },
    {
      role: "user",
      content: "Name a colour.",
    },
  ],
  n: 2,
  temperature: 1,
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
for (const [i, choice] of choices.entries()) {
  console.log(`Choice ${i + 1}:`);
  const message = choice.message;
  if (message.content != null) console.log(message.content);
}
