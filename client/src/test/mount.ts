import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createI18n } from 'vue-i18n';
import type { Component } from 'vue';
import sv from '../i18n/sv.js';
import en from '../i18n/en.js';

/** Mounts a component with Swedish messages and a fresh, active Pinia (returned for the test to use). */
export function mountWithApp<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  const pinia: Pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createI18n({ legacy: false, locale: 'sv', fallbackLocale: 'sv', messages: { sv, en } });
  const wrapper = mount(component, {
    ...options,
    global: { plugins: [pinia, i18n], stubs: { RouterLink: { template: '<a><slot /></a>' } }, ...options.global },
  } as ComponentMountingOptions<C>);
  return { wrapper, pinia };
}
