export type { ChatDoc, ChatQuestionDoc } from './chat.model.js';
export { CHAT_MAX } from './chat.model.js';
export { seedChats } from './chat.repository.js';
export {
  provideChatRescheduledListener,
  type ChatRescheduled,
  type ChatRescheduledListener,
} from './chat-rescheduled.js';
export { chatState, stopChatFeed, termCommitment } from './chat.service.js';
export { termOf, CHATS_PER_TERM } from './chat.terms.js';
export { chatHostRoleValues, chatStateValues, type ChatHostRole, type ChatState } from './chat.enums.js';
