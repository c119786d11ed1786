import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import App from './App.vue';
import { router } from './router.js';
import { i18n } from './i18n/index.js';
import { graphqlClient } from './api/client.js';
import './styles/base.css';

document.documentElement.lang = i18n.global.locale.value;
createApp(App).use(createPinia()).use(i18n).use(router).use(urql, graphqlClient).mount('#app');
