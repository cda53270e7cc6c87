// Types for launch.mjs (plain JavaScript so scripts/demo.mjs can import it too).
import type { CDPSession, BrowserContext, Locator, Page, Response } from '@playwright/test';

export const ROOT: string;
export const FIXTURES_DIR: string;
export const EXTENSION_DIR: string;
export const UPWORK_ORIGIN: string;

export type FixtureName =
  | 'apply'
  | 'applyOld'
  | 'messages'
  | 'messagesNx'
  | 'messagesList'
  | 'messagesFrame'
  | 'proposalDetail'
  | 'findWork'
  | 'profile'
  | 'invitation'
  | 'invitationAccept'
  | 'hostile'
  | 'hostileMessages';

export const FIXTURE_URLS: Record<FixtureName, string>;
export const FIXTURE_ROUTES: Array<[RegExp, string]>;

export interface RequestRecord {
  url: string;
  method: string;
  resourceType: string;
  isNavigation: boolean;
  /** URL of the frame that made it; '' for service workers. */
  frameUrl: string;
  /** Error text when the request failed or was aborted (every non-fixture request is). */
  failure: string | undefined;
}

export interface LaunchOptions {
  /** Load the built extension (default true); false launches the same browser without it. */
  extension?: boolean;
  /** Default: .output/chrome-mv3 */
  extensionPath?: string;
  /** Default true (new headless). false needs a display. */
  headless?: boolean;
  /** Default 1280x900 headless, the window size (null) headed. */
  viewport?: { width: number; height: number } | null;
  /** More Chromium switches. */
  args?: string[];
  /** The pages' language (navigator.language, Accept-Language), e.g. 'es-ES'. */
  locale?: string;
  /** Extra environment for the browser process (on Linux, LANGUAGE picks Chromium's interface language). */
  env?: Record<string, string>;
}

export interface Launched {
  context: BrowserContext;
  /** The context's first tab. */
  page: Page;
  /** Every request made in the context, in order (live array). */
  requests: RequestRecord[];
}

export function resolveFixture(url: string): { status: number; file: string; contentType: string };
export function installRouting(context: BrowserContext): Promise<void>;
export function recordRequests(context: BrowserContext): RequestRecord[];
export function requestsOf(context: BrowserContext): RequestRecord[];
export function networkRequests(requests: RequestRecord[]): RequestRecord[];
export function chromiumPath(): string;
export function launchBrowser(options?: LaunchOptions): Promise<Launched>;
export function computeExtensionId(dir?: string): string;
export function extensionId(context: BrowserContext, options?: { timeout?: number }): Promise<string | undefined>;
/** The patch openShadowForTests evaluates in the extension's world (also used by CdpProbe's ledger pause). */
export const OPEN_SHADOW_SOURCE: string;
/** Makes Clearsend's (closed) shadow root open in this page, for tests and the demo only. Call before page.goto. */
export interface ShadowOpener {
  session: CDPSession;
  /** Evaluates in the newest extension world of the main frame, returning the value. */
  evaluateInExtension<T = unknown>(expression: string): Promise<T>;
}
export function openShadowForTests(context: BrowserContext, page: Page): Promise<ShadowOpener>;
export function openFixture(
  page: Page,
  name: FixtureName | (string & {}),
  options?: { waitForHydration?: boolean },
): Promise<Response | null>;
export function typeHuman(
  locator: Locator,
  text: string,
  options?: { delay?: number; newline?: string; click?: boolean },
): Promise<void>;
