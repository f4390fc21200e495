import { createContext, useContext } from 'react';

/**
 * Whether the page around is the one on screen: false for the page built ahead, out of sight,
 * which must not take focus, name the tab or date itself until it is shown. Pages outside the
 * questionnaire are always shown.
 */
export const PageShownContext = createContext(true);

export function usePageShown(): boolean {
  return useContext(PageShownContext);
}
