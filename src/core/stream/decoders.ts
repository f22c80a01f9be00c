// The response decoders as one lazy import for the transport: what turns a
// streamed or plain chat-completion body into StreamEvents.
export { decodeChatCompletion } from './chatChunks';
export { decodeChatStream } from './decodeChatStream';
