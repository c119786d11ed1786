import DataLoader from 'dataloader';
import { toObjectId, type ReadScope } from '../../auth/index.js';
import type { ChatDoc } from './chat.model.js';
import { findChatsIn } from './chat.repository.js';

/** Per-request loader of chats by id in the viewer's scope (another municipality's is null, as an unknown id). */
export function createChatLoaders(scope: ReadScope) {
  return {
    chat: new DataLoader<string, ChatDoc | null>(async (keys) => {
      const found = new Map(
        (
          await findChatsIn(
            scope,
            keys.map((k) => toObjectId(k)),
          )
        ).map((c) => [c._id.toHexString(), c]),
      );
      return keys.map((k) => found.get(k) ?? null);
    }),
  };
}
