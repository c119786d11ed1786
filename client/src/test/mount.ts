import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createI18n } from 'vue-i18n';
import urql from '@urql/vue';
import type { Client } from '@urql/core';
import type { Component } from 'vue';
import sv from '../i18n/sv.js';
import en from '../i18n/en.js';
import { fakeGraphql } from './graphql.js';

/**
 * Mounts a component with Swedish messages, a fresh, active Pinia (returned for the test to use)
 * and a GraphQL client (by default one whose server refuses everything).
 */
export function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { client?: Client } = {},
) {
  const pinia: Pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createI18n({ legacy: false, locale: 'sv', fallbackLocale: 'sv', messages: { sv, en } });
  const { client: given, ...rest } = options;
  const client = given ?? fakeGraphql(() => ({ errors: [{ message: 'no answer in this test' }] })).client;
  const wrapper = mount(component, {
    ...rest,
    global: {
      plugins: [pinia, i18n, [urql, client]],
      stubs: { RouterLink: { template: '<a><slot /></a>' } },
      ...rest.global,
    },
  } as ComponentMountingOptions<C>);
  return { wrapper, pinia };
}
