/**
 * True in a frame whose origin is opaque, as a sandbox without allow-same-origin makes it (WordPress frames every
 * embed so): there the clipboard and downloads are blocked, and links that leave the frame may be. Nothing read here
 * throws, unlike storage or the service worker in such a frame.
 */
export const inOpaqueFrame = (): boolean => typeof window !== 'undefined' && window.parent !== window && self.origin === 'null';
