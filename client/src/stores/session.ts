import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../api/errors.js';
import { asAppError } from '../api/request.js';
import { sessionApi, type DemoAccount, type Viewer } from '../features/auth/auth.api.js';
import { canOpen, type Section } from './roles.js';

/** Who is signed in, with sign-in and sign-out; the router's guards ask it before every page. */
export const useSessionStore = defineStore('session', () => {
  /** The signed-in person, or null. */
  const viewer = ref<Viewer | null>(null);
  /** Whether the server has been asked who is signed in since the page loaded. */
  const checked = ref(false);
  /** Sign-in or sign-out in flight. */
  const busy = ref(false);
  /** The last sign-in error, to show beside the form. */
  const error = ref<AppError | null>(null);
  /** Demo accounts when the demo database is loaded; empty otherwise. */
  const demoAccounts = ref<DemoAccount[]>([]);

  const signedIn = computed(() => viewer.value !== null);
  const role = computed(() => viewer.value?.role ?? null);

  let pending: Promise<void> | null = null;

  /** Asks the server once who is signed in (later calls reuse the answer). */
  function ensureChecked(): Promise<void> {
    if (checked.value) return Promise.resolve();
    pending ??= sessionApi
      .fetchViewer()
      .then((v) => {
        viewer.value = v;
      })
      .catch(() => {
        // An unreachable server or a missing session both mean: not signed in yet.
        viewer.value = null;
      })
      .finally(() => {
        checked.value = true;
        pending = null;
      });
    return pending;
  }

  /** Loads the demo accounts for one-click sign-in; silently none when the demo is not loaded. */
  async function loadDemoAccounts(): Promise<void> {
    try {
      demoAccounts.value = await sessionApi.fetchDemoAccounts();
    } catch {
      demoAccounts.value = [];
    }
  }

  /** Signs in; resolves true on success, false with `error` set otherwise. */
  async function signIn(email: string, password: string): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      viewer.value = await sessionApi.signIn(email.trim(), password);
      checked.value = true;
      return true;
    } catch (e) {
      error.value = asAppError(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** Signs out on the server and forgets the viewer here, even if the server could not be reached. */
  async function signOut(): Promise<void> {
    busy.value = true;
    try {
      await sessionApi.signOut();
    } catch {
      /* the cookie expires on its own; the local state must still be cleared */
    } finally {
      viewer.value = null;
      busy.value = false;
    }
  }

  /** Forgets the viewer after the server said the session is gone (no call to the server). */
  function forget(): void {
    viewer.value = null;
    checked.value = true;
  }

  /** Whether the viewer may open a section of the app. */
  function mayOpen(section: Section): boolean {
    return canOpen(role.value, section);
  }

  return {
    viewer,
    checked,
    busy,
    error,
    demoAccounts,
    signedIn,
    role,
    ensureChecked,
    loadDemoAccounts,
    signIn,
    signOut,
    forget,
    mayOpen,
  };
});
