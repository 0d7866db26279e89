export type { ConversationTurn } from "./conversation.js";
export { converse, emptyConversation, isExpired, remember, rememberChosen } from "./conversation.js";
export { lastPerson } from "./history.js";
export { resolveQuestion, subjectOf } from "./resolve.js";
export {
  ConversationStore,
  type ConversationStoreOptions,
  DEFAULT_MAX_CONVERSATIONS,
  DEFAULT_QUIET_MS,
} from "./store.js";
export type * from "./types.js";
export { MAX_TURNS } from "./types.js";
