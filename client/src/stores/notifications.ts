import { ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../api/errors.js';

/** One message in the app's live region. */
export interface Notification {
  id: number;
  error: AppError;
}

/** How many messages stay on screen; older ones give way so the region never grows unbounded. */
const MAX_SHOWN = 3;

/** Server and network trouble the user should hear about, shown in one aria-live region. */
export const useNotificationsStore = defineStore('notifications', () => {
  /** Messages being shown, oldest first. */
  const items = ref<Notification[]>([]);
  let nextId = 1;

  /** Adds a message unless the same one is already shown (a failing page sends several requests). */
  function notify(error: AppError): void {
    if (items.value.some((n) => n.error.code === error.code && n.error.message.sv === error.message.sv)) return;
    items.value = [...items.value, { id: nextId++, error }].slice(-MAX_SHOWN);
  }

  /** Removes one message. */
  function dismiss(id: number): void {
    items.value = items.value.filter((n) => n.id !== id);
  }

  /** Removes every message. */
  function clear(): void {
    items.value = [];
  }

  return { items, notify, dismiss, clear };
});
