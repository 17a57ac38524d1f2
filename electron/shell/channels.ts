// The three IPC channels between main and the preload; both sides import these names from here.

/** Renderer → main: one invoke channel for every API method, answered with an Envelope. */
export const CALL_CHANNEL = 'galley:call';
/** Main → renderer: API events from the EventBus, as BridgeEvent. */
export const EVENT_CHANNEL = 'galley:event';
/** Main → renderer: desk commands and notices, as DeskMessage. */
export const COMMAND_CHANNEL = 'galley:command';
