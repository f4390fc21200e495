import type { Actor } from 'xstate';
import { currentPage, isSamePage } from '#src/machine/page.ts';
import type { ScreeningInput, screeningMachine } from '#src/machine/screening-machine.ts';
import { browserDraftStorage, keepDays as defaultKeepDays, type DraftStorage } from '#src/persistence/draft-storage.ts';
import { draftVersion, newDraftId, type Draft } from '#src/persistence/saved-draft.ts';
import { createDraftStatusStore, type DraftStatusStore } from './draft-status.ts';

type ScreeningActor = Actor<typeof screeningMachine>;
const channelName = 'ketamine-prescreen.drafts';

/** Where answers are kept, and the person's choices about it: restore at start, save on every change. */
export interface DraftSession {
  input: ScreeningInput;
  status: DraftStatusStore;
  /** How many days "keep on this device" keeps the answers (the clinic's setting). */
  keepDays: number;
  keepOnDevice(): void;
  stopKeepingOnDevice(): void;
  /** Removes every saved answer and returns the machine to the start. */
  clear(): void;
  /** Starts saving the actor's answers and watching for other tabs; returns the way to stop. */
  connect(actor: ScreeningActor): () => void;
}

type Browser = Pick<Window, 'sessionStorage' | 'localStorage'> & { BroadcastChannel?: typeof BroadcastChannel };

/** Opens the saved draft of this browser (if any) and prepares to keep it up to date. */
export function openDraftSession(
  browser: Browser,
  { keepDays = defaultKeepDays, now = () => new Date() }: { keepDays?: number; now?: () => Date } = {},
): DraftSession {
  const storage: DraftStorage = browserDraftStorage(browser);
  const loaded = storage.load(now());
  const restored = loaded.kind === 'restored' ? loaded.draft : undefined;
  let draftId = restored?.draftId ?? newDraftId();
  let keepUntil = restored?.keepUntil;
  let actor: ScreeningActor | undefined;
  const status = createDraftStatusStore({
    storageAvailable: storage.available,
    keepUntil,
    notice: loaded.kind === 'setAside' ? loaded.reason : loaded.kind === 'restored' ? loaded.notice : undefined,
    openElsewhere: false,
  });

  const save = () => {
    if (!actor) return;
    const snapshot = actor.getSnapshot();
    const page = currentPage(snapshot);
    const { answers } = snapshot.context;
    // Nothing answered on the start page (a fresh start, "Clear my answers", "start again"): nothing to keep.
    if (Object.keys(answers).length === 0 && page.kind === 'start') {
      storage.clear();
      if (keepUntil) {
        keepUntil = undefined;
        status.update({ keepUntil });
      }
      return;
    }
    const draft: Draft = {
      version: draftVersion,
      draftId,
      savedAt: now().toISOString(),
      answers,
      page,
      stepId: snapshot.context.currentStepId,
      ...(keepUntil ? { keepUntil } : {}),
    };
    if (!storage.save(draft) && status.get().storageAvailable) status.update({ storageAvailable: false });
  };

  return {
    input: restored ? { answers: restored.answers, ...(restored.stepId ? { currentStepId: restored.stepId } : {}) } : {},
    status,
    keepDays,
    keepOnDevice() {
      keepUntil = new Date(now().getTime() + keepDays * 24 * 60 * 60 * 1000).toISOString();
      status.update({ keepUntil });
      save();
    },
    stopKeepingOnDevice() {
      keepUntil = undefined;
      status.update({ keepUntil });
      save();
    },
    clear() {
      keepUntil = undefined;
      draftId = newDraftId();
      storage.clear();
      actor?.send({ type: 'screening.clear' });
      status.update({ keepUntil: undefined, notice: 'cleared', openElsewhere: false });
    },
    connect(connected) {
      actor = connected;
      let lastPage = currentPage(connected.getSnapshot());
      const subscription = connected.subscribe((snapshot) => {
        save();
        // A notice about the saved draft belongs to the page where it appeared.
        const page = currentPage(snapshot);
        if (!isSamePage(page, lastPage) && status.get().notice) status.update({ notice: undefined });
        lastPage = page;
      });
      save();
      const channel = browser.BroadcastChannel ? new browser.BroadcastChannel(channelName) : undefined;
      const tabId = newDraftId();
      if (channel) {
        channel.onmessage = ({ data }: MessageEvent<{ type: string; draftId: string; tabId: string }>) => {
          if (data.draftId !== draftId || data.tabId === tabId) return;
          if (data.type === 'hello') channel.postMessage({ type: 'here', draftId, tabId });
          status.update({ openElsewhere: true });
        };
        channel.postMessage({ type: 'hello', draftId, tabId });
      }
      return () => {
        subscription.unsubscribe();
        channel?.close();
        actor = undefined;
      };
    },
  };
}
