import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import App from './App.vue';
import { router, sessionExpired } from './router.js';
import { i18n } from './i18n/index.js';
import { connectErrorHandlers, graphqlClient } from './api/client.js';
import { useNotificationsStore } from './stores/notifications.js';
import './styles/base.css';

const pinia = createPinia();
const app = createApp(App).use(pinia).use(i18n).use(router).use(urql, graphqlClient);

connectErrorHandlers({
  unauthenticated: sessionExpired,
  notify(error) {
    useNotificationsStore(pinia).notify(error);
  },
});

document.documentElement.lang = i18n.global.locale.value;
app.mount('#app');
