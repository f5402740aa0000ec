import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installShippedProfiles } from '../lib/extension/profile-store';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void installShippedProfiles();
  });
});
